package org.zhengwu.publishing;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.stereotype.Service;
import org.zhengwu.publishing.internal.Frame;
import org.zhengwu.publishing.internal.Frames;
import org.zhengwu.publishing.internal.Script;
import org.zhengwu.publishing.internal.Texts;
import org.zhengwu.publishing.internal.Views;
import org.zhengwu.sites.Site;

/**
 * The frame of the published pages (header with the site's name, logo, navigation and search box, the script
 * switch, the footer with the identity fields) around a page another module renders on request, such as the search
 * page: a citizen moving from a static page to a dynamic one stays on the same site.
 */
@Service
public class PublicPageLayout {

    private final Frames frames;
    private final TemplateEngine engine;
    private final Texts texts;

    PublicPageLayout(Frames frames, TemplateEngine engine, Texts texts) {
        this.frames = frames;
        this.engine = engine;
        this.texts = texts;
    }

    /**
     * Rich text (sanitized HTML) in the page's script: unchanged for simplified, for traditional the text between the
     * tags converted as the published mirror converts it, so addresses and markup stay intact.
     */
    public String html(boolean traditional, String html) {
        return texts.html(traditional ? Script.HANT : Script.HANS, html);
    }

    /**
     * The whole page. {@code site} null means the group (the portal's frame); {@code path} is the page's address in
     * simplified script without the script prefix (for the switch link); {@code mainHtml} is trusted HTML that
     * the caller has escaped.
     */
    public String page(Site site, boolean traditional, String title, String path, String mainHtml) {
        Script script = traditional ? Script.HANT : Script.HANS;
        Frame frame = site == null ? frames.groupFrame(script) : frames.frame(site, script);
        StringOutput out = new StringOutput(8192);
        engine.render("publishing/wrapped.jte", new Views.WrappedView(frame,
                new Views.Head(title, path, frames.hallId(path), null, true), mainHtml), out);
        return out.toString();
    }
}
