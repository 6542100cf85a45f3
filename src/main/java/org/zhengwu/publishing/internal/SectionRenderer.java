package org.zhengwu.publishing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.publishing.PublishedSection;
import org.zhengwu.publishing.SectionPage;
import org.zhengwu.publishing.SectionPages;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Writes the pages of the {@link PublishedSection}s other modules declare: all of them in the full rebuild (then
 * the files of their folders that were not written are deleted), a site's share with the site, and single changes
 * when a module asks. One lock keeps a module's change and the rebuild's sweep of the same folders apart.
 */
@Component
public class SectionRenderer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SectionRenderer.class);

    /** Looked up when first needed: a section's module writes through this class, so it cannot be built before it. */
    private final ObjectProvider<PublishedSection> provider;
    private volatile List<PublishedSection> sections;
    private final Frames frames;
    private final PageRenderer renderer;
    private final PublicFolder folder;
    private final RenderRequests requests;
    private final SiteDirectory sites;
    private final ReentrantLock lock = new ReentrantLock();
    /** Whether the running rebuild has rendered the sections already (guarded by the lock). */
    private boolean renderedInRebuild;
    /** Whether a change was left to the rebuild (guarded by the lock). */
    private boolean dropped;

    SectionRenderer(ObjectProvider<PublishedSection> sections, Frames frames, PageRenderer renderer,
                    PublicFolder folder, RenderRequests requests, SiteDirectory sites) {
        this.requests = requests;
        this.sites = sites;
        this.provider = sections;
        this.frames = frames;
        this.renderer = renderer;
        this.folder = folder;
    }

    /** Pages (one script) the sections will write in a rebuild. */
    long estimatedPages() {
        return sections().stream().mapToLong(PublishedSection::estimatedPages).sum();
    }

    /**
     * A module's change of its own pages; left to a running rebuild that has not rendered the sections yet (it reads
     * the latest data when it gets there), as publish requests are.
     */
    public void update(Consumer<SectionPages> work) {
        lock.lock();
        try {
            if (requests.rebuilding() && !renderedInRebuild) {
                dropped = true;
                return;
            }
            work.accept(new Writer(new PageCounter(), (s, file, bytes) -> folder.write(file, bytes)));
        } finally {
            lock.unlock();
        }
    }

    /** For the full rebuild: every section's pages, then the files of their folders that no section wrote go. */
    void renderAll(PageCounter counter) {
        lock.lock();
        try {
            sections().forEach(section -> render(section, counter));
            renderedInRebuild = true;
        } finally {
            lock.unlock();
        }
    }

    /** A full rebuild starts: changes wait for it until it has rendered the sections. */
    void rebuildStarted() {
        lock.lock();
        try {
            renderedInRebuild = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The rebuild is over. If a change was left to it: the sections again if it failed before them, and every site's
     * share (a site the rebuild had passed before the change would keep its old one).
     */
    void rebuildEnded() {
        lock.lock();
        try {
            if (dropped && !renderedInRebuild) {
                sections().forEach(section -> render(section, new PageCounter()));
            }
            if (dropped) {
                Writer w = new Writer(new PageCounter(), (s, file, bytes) -> folder.write(file, bytes));
                for (Site site : sites.sites()) {
                    sections().forEach(section -> section.renderForSite(site, w));
                }
            }
            dropped = false;
            renderedInRebuild = false;
        } finally {
            lock.unlock();
        }
    }

    /** On start: a section whose front page is missing (a fresh installation, a new module) is rendered whole. */
    void renderMissing() {
        for (PublishedSection section : sections()) {
            if (!folder.exists(PublicPaths.file(section.folder()))) {
                render(section, new PageCounter());
            }
        }
    }

    private void render(PublishedSection section, PageCounter counter) {
        lock.lock();
        try {
            folder.step(() -> renderLocked(section, counter));
        } finally {
            lock.unlock();
        }
    }

    private Void renderLocked(PublishedSection section, PageCounter counter) {
        long t0 = System.nanoTime();
        Set<String> written = new HashSet<>();
        section.renderAll(new Writer(counter, (s, file, bytes) -> {
            folder.write(file, bytes);
            written.add(file);
        }));
        for (Script s : counter.scripts()) {
            Path dir = folder.resolve(s.prefix() + section.folder());
            if (Files.isDirectory(dir)) {
                FolderSweep.sweep(folder, dir, written);
            }
        }
        // bench/guides.sh reads this line
        log.info("section {}: {} pages (both scripts) in {} s", section.folder(), written.size(),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        return null;
    }

    /** A site's share of every section, written through the site's writer (so the site's sweep keeps it). */
    void renderForSite(Site site, SiteWriter w) {
        for (PublishedSection section : sections()) {
            section.renderForSite(site, new Writer(w.counter(), w::section));
        }
    }

    private List<PublishedSection> sections() {
        List<PublishedSection> s = sections;
        if (s == null) {
            s = provider.orderedStream().toList();
            sections = s;
        }
        return s;
    }

    /** Where a finished page goes. */
    interface Sink {
        void write(Script script, String file, byte[] bytes);
    }

    /** Frames are built once per site and script for all the pages one writer writes. */
    private final class Writer implements SectionPages {
        private final PageCounter counter;
        private final Sink sink;
        private final Map<Long, Map<Script, Frame>> framesBySite = new HashMap<>();

        Writer(PageCounter counter, Sink sink) {
            this.counter = counter;
            this.sink = sink;
        }

        @Override
        public void write(String path, Site site, Function<Boolean, SectionPage> page) {
            Map<Script, Frame> f = framesBySite.computeIfAbsent(site == null ? 0L : site.id(), id -> {
                Map<Script, Frame> m = new EnumMap<>(Script.class);
                for (Script s : Script.values()) {
                    m.put(s, site == null ? frames.groupFrame(s) : frames.frame(site, s));
                }
                return m;
            });
            for (Script s : counter.scripts()) {
                long t0 = System.nanoTime();
                SectionPage p = page.apply(s == Script.HANT);
                byte[] bytes = renderer.wrapped(new Views.WrappedView(f.get(s),
                        new Views.Head(p.title(), path, frames.hallId(path), null, false), p.mainHtml()));
                sink.write(s, s.prefix() + PublicPaths.file(path), bytes);
                counter.page(s);
                counter.spent(s, System.nanoTime() - t0);
            }
        }

        @Override
        public boolean delete(String path) {
            boolean any = false;
            for (Script s : Script.values()) {
                any |= folder.delete(s.prefix() + PublicPaths.file(path));
            }
            return any;
        }
    }
}
