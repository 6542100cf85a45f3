package org.zhengwu.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhengwu.search.SearchIndex;

/** When the index was missing or unreadable, rebuilds it from the database in the background while the site serves. */
@Component
@Profile("!command")
class StartupReindex {

    private static final Logger log = LoggerFactory.getLogger(StartupReindex.class);

    private final SearchIndex index;
    private final SearchIndexing indexing;

    StartupReindex(SearchIndex index, SearchIndexing indexing) {
        this.index = index;
        this.indexing = indexing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeeded() {
        if (!index.needsRebuild()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                long start = System.nanoTime();
                long n = indexing.reindexAll(count -> { });
                log.info("搜索索引已重建: {} 条, {} ms", n, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("搜索索引重建失败", e);
            }
        }, "search-reindex");
        t.setDaemon(true);
        t.start();
    }
}
