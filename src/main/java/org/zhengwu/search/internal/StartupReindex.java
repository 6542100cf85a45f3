package org.zhengwu.search.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhengwu.search.SearchIndex;

/** When the index was missing or unreadable, rebuilds it from the database in the background while the site serves. */
@Component
@Profile("!command")
class StartupReindex {

    private final SearchIndex index;
    private final SearchRebuild rebuild;

    StartupReindex(SearchIndex index, SearchRebuild rebuild) {
        this.index = index;
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeeded() {
        if (index.needsRebuild()) {
            rebuild.start();
        }
    }
}
