package org.zhengwu.search.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentPublished;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentUnpublished;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.search.SearchDocument;
import org.zhengwu.search.SearchIndex;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Keeps the index current: the content events, each handled after its transaction committed and kept in the event
 * publication registry until indexed; and the rebuild of everything from the database.
 */
@Component
class SearchIndexing {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final SearchIndex index;
    private final ContentQueries content;
    private final SiteDirectory sites;
    private final ChineseScript script;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final GuideDocuments guides;

    SearchIndexing(SearchIndex index, ContentQueries content, SiteDirectory sites, ChineseScript script,
                   GuideDocuments guides) {
        this.guides = guides;
        this.index = index;
        this.content = content;
        this.sites = sites;
        this.script = script;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ContentPublished event) {
        content.publishedItem(event.itemId()).flatMap(this::document)
                .ifPresentOrElse(index::index, () -> index.remove(event.itemId()));
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ContentUnpublished event) {
        if (content.publishedItem(event.itemId()).isEmpty()) {
            index.remove(event.itemId());
        }
    }

    /**
     * Replaces the whole index with every published item of every site and every online guide; {@code progress}
     * hears the count so far (from several threads). Returns the number indexed, or -1 when a rebuild is already running. The database is read by
     * this thread; the text is prepared and analysed by one worker per processor, with a bounded number of items in
     * flight so memory stays flat.
     */
    long reindexAll(LongConsumer progress) {
        if (!rebuilding.compareAndSet(false, true)) {
            return -1;
        }
        // one more worker than processors: the reading thread and the index writer's flushes leave gaps to fill
        int workers = Runtime.getRuntime().availableProcessors() + 1;
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "search-reindex");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(workers * 64);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicLong count = new AtomicLong();
        try (SearchIndex.Rebuild rebuild = index.reindexAll()) {
            for (Site site : sites.sites()) {
                for (Column column : sites.columns(site.id())) {
                    content.forEachPublished(column.id(), item -> {
                        if (failure.get() != null) {
                            throw failure.get();
                        }
                        inFlight.acquireUninterruptibly();
                        pool.execute(() -> {
                            try {
                                rebuild.add(document(item, site, column));
                                progress.accept(count.incrementAndGet());
                            } catch (RuntimeException e) {
                                failure.compareAndSet(null, e);
                            } finally {
                                inFlight.release();
                            }
                        });
                    });
                }
            }
            guides.forEachOnline(d -> {
                rebuild.add(d);
                progress.accept(count.incrementAndGet());
            });
            pool.shutdown();
            awaitQuietly(pool);
            if (failure.get() != null) {
                throw failure.get();
            }
            rebuild.commit();
            return count.get();
        } finally {
            pool.shutdownNow();
            rebuilding.set(false);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search rebuild interrupted", e);
        }
    }

    java.util.Optional<SearchDocument> document(ContentItem item) {
        return sites.site(item.siteId()).flatMap(site -> sites.column(item.columnId())
                .map(column -> document(item, site, column)));
    }

    private SearchDocument document(ContentItem item, Site site, Column column) {
        String title = item.title() == null ? "" : item.title();
        String url = item.externalLink() != null && !item.externalLink().isBlank() ? item.externalLink()
                : PublicPaths.item(site.code(), column.code(), item.id());
        return new SearchDocument(item.id(), site.code(), site.name(), column.name(), column.code(), title, url,
                item.publishedAt() == null ? null : item.publishedAt().toLocalDate(), column.kind().name(),
                DocumentNumbers.normalise(script.toSimplified(title)),
                DocumentNumbers.normalise(script.toSimplified(plainText(item))),
                item.policy() == null || item.policy().documentNo() == null ? null
                        : DocumentNumbers.normalise(script.toSimplified(item.policy().documentNo())));
    }

    private static String plainText(ContentItem item) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {item.subtitle(), item.summary(), item.bodyHtml()}) {
            if (part != null && !part.isBlank()) {
                s.append(HtmlUtils.htmlUnescape(TAG.matcher(part).replaceAll(" "))).append(' ');
            }
        }
        return SPACE.matcher(s.toString().replace('\u00a0', ' ')).replaceAll(" ").strip();
    }
}
