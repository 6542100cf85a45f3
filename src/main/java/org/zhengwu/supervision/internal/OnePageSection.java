package org.zhengwu.supervision.internal;

import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.PublishedSection;
import org.zhengwu.publishing.SectionPage;
import org.zhengwu.publishing.SectionPages;

/**
 * A published section of one page in both scripts (the work report's key tasks under {@code /zdrw/}, the e-commerce
 * stations under {@code /dsfwz/}): the page's body is written in simplified script and converted for the traditional
 * mirror, title included.
 */
public abstract class OnePageSection implements PublishedSection {

    private final String folder;
    private final String title;
    private final ChineseScript script;

    protected OnePageSection(String folder, String title, ChineseScript script) {
        this.folder = folder;
        this.title = title;
        this.script = script;
    }

    @Override
    public String folder() {
        return folder;
    }

    @Override
    public long estimatedPages() {
        return 1;
    }

    @Override
    public void renderAll(SectionPages pages) {
        String simplified = html();
        pages.write(folder, null, traditional -> traditional
                ? new SectionPage(script.toTraditional(title), script.toTraditional(simplified))
                : new SectionPage(title, simplified));
    }

    /** The page's body in simplified script. */
    protected abstract String html();
}
