package org.zhengwu.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * A full re-index in the background, with its progress for the console: the site keeps serving the last committed
 * index until the new one commits. One at a time.
 */
@Component
public class SearchRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);

    private final SearchIndexing indexing;
    private final ContentQueries content;
    private final SiteDirectory sites;
    private final Clock clock;
    private final AtomicLong done = new AtomicLong();
    private volatile boolean running;
    private volatile long estimated;
    private volatile long startedNanos;
    private volatile Summary last;
    private volatile String lastError;

    SearchRebuild(SearchIndexing indexing, ContentQueries content, SiteDirectory sites, Clock clock) {
        this.indexing = indexing;
        this.content = content;
        this.sites = sites;
        this.clock = clock;
    }

    /** Starts a re-index unless one is running; false when one is. */
    synchronized boolean start() {
        if (running) {
            return false;
        }
        running = true;
        done.set(0);
        startedNanos = System.nanoTime();
        estimated = publishedItems();
        Thread t = new Thread(this::run, "search-reindex-main");
        t.setDaemon(true);
        t.start();
        return true;
    }

    private void run() {
        try {
            long n = indexing.reindexAll(done::set);
            if (n < 0) {
                lastError = "busy";
                return;
            }
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            last = new Summary(n, seconds, OffsetDateTime.now(clock));
            lastError = null;
            log.info("搜索索引已重建: {} 条, {} 秒", n, String.format("%.1f", seconds));
        } catch (RuntimeException e) {
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("搜索索引重建失败", e);
        } finally {
            running = false;
        }
    }

    private long publishedItems() {
        long n = 0;
        for (Site site : sites.sites()) {
            for (Column column : sites.columns(site.id())) {
                n += content.countPublished(column.id());
            }
        }
        return n;
    }

    Progress progress() {
        return new Progress(running, done.get(), estimated,
                running ? Duration.ofNanos(System.nanoTime() - startedNanos) : Duration.ZERO, last, lastError);
    }

    public record Summary(long items, double seconds, OffsetDateTime finishedAt) {
    }

    public record Progress(boolean running, long done, long estimated, Duration elapsed, Summary last, String lastError) {

        public int percent() {
            return estimated <= 0 ? 0 : (int) Math.min(100, done * 100 / estimated);
        }
    }
}
