package org.zhengwu.publishing.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A fresh installation has no published pages yet; it still needs its "page not found" page. */
@Component
class StartupPages {

    private final SitePublisher publisher;
    private final PublicFolder folder;

    StartupPages(SitePublisher publisher, PublicFolder folder) {
        this.publisher = publisher;
        this.folder = folder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (!folder.exists("/404.html") || !folder.exists("/zh-hant/404.html")) {
            publisher.notFoundPages(new PageCounter());
        }
    }
}
