package org.zhengwu.publishing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;

/**
 * Writes the pages of one site, each in both scripts. When it records what it wrote (a whole-site render), it can
 * afterwards delete every other file of the site's folders: pages of items no longer published, of renamed
 * columns, of list pages that no longer exist.
 */
final class SiteWriter {

    private final Site site;
    private final Map<Script, Frame> frames = new EnumMap<>(Script.class);
    private final ViewBuilder views;
    private final PageRenderer renderer;
    private final PublicFolder folder;
    private final PageCounter counter;
    private final Set<String> written;

    SiteWriter(Site site, Frames frameSource, ViewBuilder views, PageRenderer renderer, PublicFolder folder,
               PageCounter counter, boolean record) {
        this.site = site;
        for (Script s : Script.values()) {
            frames.put(s, frameSource.frame(site, s));
        }
        this.views = views;
        this.renderer = renderer;
        this.folder = folder;
        this.counter = counter;
        this.written = record ? new HashSet<>() : null;
    }

    Site site() {
        return site;
    }

    void item(ItemPage p) {
        String path = p.asColumnPage() ? PublicPaths.column(site.code(), p.column().code())
                : PublicPaths.item(site.code(), p.column().code(), p.item().id());
        inEachScript(s -> write(s, path, renderer.item(views.item(frames.get(s), site, p)), true));
    }

    void list(Column c, int page, int pages, List<Row> rows) {
        String path = PublicPaths.listPage(site.code(), c.code(), page);
        inEachScript(s -> write(s, path, renderer.list(views.list(frames.get(s), site, c, page, pages, rows)), true));
    }

    void feed(Column c, List<Row> rows) {
        String path = PublicPaths.feed(site.code(), c.code());
        inEachScript(s -> write(s, path, renderer.feed(frames.get(s), site, c, rows), false));
    }

    void home(List<ViewBuilder.BlockData> blocks, List<Row> unitNews) {
        inEachScript(s -> {
            byte[] page = renderer.home(views.home(frames.get(s), site, blocks, unitNews));
            write(s, PublicPaths.site(site.code()), page, true);
            if (site.portal()) {
                // the portal is also the group's front page at "/"
                write(s, "/", page, true);
            }
        });
    }

    void sitemap(List<String> paths) {
        inEachScript(s -> write(s, PublicPaths.sitemap(site.code()), renderer.sitemap(frames.get(s), paths), false));
    }

    PageCounter counter() {
        return counter;
    }

    /** A page another module's section adds to the site, already framed (counted by its writer). */
    void section(Script s, String file, byte[] bytes) {
        folder.write(file, bytes);
        if (written != null) {
            written.add(file);
        }
    }

    /** Deletes an item's page in both scripts; returns whether there was one. */
    boolean deleteItem(Column c, long itemId) {
        boolean any = false;
        for (Script s : Script.values()) {
            any |= folder.delete(s.prefix() + PublicPaths.item(site.code(), c.code(), itemId));
        }
        return any;
    }

    /** Deletes list pages from {@code fromPage} on, which a shorter list no longer has. */
    void deleteListPagesFrom(Column c, int fromPage) {
        for (int page = Math.max(2, fromPage); ; page++) {
            boolean any = false;
            for (Script s : Script.values()) {
                any |= folder.delete(s.prefix() + PublicPaths.listPage(site.code(), c.code(), page));
            }
            if (!any) {
                return;
            }
        }
    }

    /** Does a page's work once per script, timing each, so a rebuild can tell what the zh-Hant mirror costs. */
    private void inEachScript(java.util.function.Consumer<Script> work) {
        for (Script s : counter.scripts()) {
            long t0 = System.nanoTime();
            work.accept(s);
            counter.spent(s, System.nanoTime() - t0);
        }
    }

    private void write(Script s, String path, byte[] bytes, boolean page) {
        String file = s.prefix() + PublicPaths.file(path);
        folder.write(file, bytes);
        if (written != null) {
            written.add(file);
        }
        if (page) {
            counter.page(s);
        }
    }

    /** After a whole-site render: deletes the files of the site's folders that this render did not write. */
    void sweep() {
        if (written == null) {
            throw new IllegalStateException("only a recording writer can sweep");
        }
        for (Script s : counter.scripts()) {
            Path dir = folder.root().resolve((s.prefix() + "/" + site.code()).substring(1));
            if (Files.isDirectory(dir)) {
                FolderSweep.sweep(folder, dir, written);
            }
        }
    }

}
