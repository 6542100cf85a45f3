package org.zhengwu.publishing.internal;

import static org.zhengwu.publishing.PublicPaths.PAGE_SIZE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Renders the whole site group: every site on its own worker (largest first, so the workers finish together), each
 * streaming its columns, and the sections other modules declare; then the group pages (404, robots.txt) and a copy
 * of the shared stylesheet, so the public folder also works on its own behind nginx or a CDN.
 */
@Component
public class GroupRenderer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GroupRenderer.class);

    /** The sites to render, largest first, and how many HTML pages (both scripts) they will make. */
    public record Plan(List<Site> sites, long estimatedPages) {
    }

    private final SiteDirectory sites;
    private final ContentQueries contents;
    private final SitePublisher publisher;
    private final PublishingProperties properties;
    private final RenderRequests requests;
    private final GroupFiles groupFiles;
    private final SectionRenderer sections;

    GroupRenderer(SiteDirectory sites, ContentQueries contents, SitePublisher publisher,
                  PublishingProperties properties, RenderRequests requests, GroupFiles groupFiles,
                  SectionRenderer sections) {
        this.sections = sections;
        this.requests = requests;
        this.groupFiles = groupFiles;
        this.sites = sites;
        this.contents = contents;
        this.publisher = publisher;
        this.properties = properties;
    }

    public Plan plan() {
        sites.reload();
        Map<Long, Long> pagesPerSite = new HashMap<>();
        long total = 2 + sections.estimatedPages(); // the 404 page, the other modules' sections
        for (Site site : sites.sites()) {
            long pages = site.portal() ? 2 : 1; // home (and "/" for the portal)
            for (Column c : sites.columns(site.id())) {
                if (c.kind() == ColumnKind.LINK) {
                    continue;
                }
                int n = contents.countPublished(c.id());
                pages += n + (c.kind().listsItems() ? Math.max(1, SitePublisher.ceilDiv(n, PAGE_SIZE)) : 1);
            }
            pagesPerSite.put(site.id(), pages);
            total += pages;
        }
        List<Site> order = new ArrayList<>(sites.sites());
        order.sort(Comparator.comparing((Site s) -> pagesPerSite.get(s.id())).reversed());
        return new Plan(List.copyOf(order), total * 2);
    }

    public void render(Plan plan, PageCounter counter) throws InterruptedException {
        requests.rebuildStarted();
        sections.rebuildStarted();
        try {
            renderAll(plan, counter);
        } finally {
            abandon();
        }
    }

    /** Ends rebuilding mode and renders the sites whose publish requests were left to a rebuild that did not reach them. */
    public void abandon() {
        Set<Long> unserved = requests.rebuildEnded();
        sections.rebuildEnded();
        for (long siteId : unserved) {
            try {
                publisher.siteChanged(siteId);
            } catch (RuntimeException e) {
                log.error("站点 {} 的页面未能重新生成", siteId, e);
            }
        }
    }

    private void renderAll(Plan plan, PageCounter counter) throws InterruptedException {
        Relations relations = publisher.prefetchedRelations();
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(properties.threads(), r -> {
            Thread t = new Thread(r, "zhengwu-rebuild-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Site site : plan.sites()) {
                done.add(workers.submit(() -> publisher.renderSite(site, relations, counter)));
            }
            // the other modules' sections (the service guides) on whichever worker is free first
            done.add(workers.submit(() -> sections.renderAll(counter)));
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    done.forEach(x -> x.cancel(true));
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
        }
        publisher.notFoundPages(counter);
        groupFiles.write();
    }
}
