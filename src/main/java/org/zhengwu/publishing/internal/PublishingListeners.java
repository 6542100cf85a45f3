package org.zhengwu.publishing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentPublished;
import org.zhengwu.content.ContentUnpublished;
import org.zhengwu.sites.SiteChanged;

/**
 * Publish requests: the content and sites events, each handled after its transaction committed, in the background,
 * and kept in the event publication registry until the pages are written (a crash means a retry on restart).
 */
@Component
class PublishingListeners {

    private final SitePublisher publisher;

    PublishingListeners(SitePublisher publisher) {
        this.publisher = publisher;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ContentPublished event) {
        publisher.itemChanged(event.itemId());
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ContentUnpublished event) {
        publisher.itemChanged(event.itemId());
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(SiteChanged event) {
        publisher.siteChanged(event.siteId());
    }
}
