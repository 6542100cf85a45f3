package org.zhengwu.publishing.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A fresh installation has no published pages yet; it still needs its "page not found" page, robots.txt and icon,
 * and the front pages of the other modules' sections.
 */
@Component
class StartupPages {

    private final SitePublisher publisher;
    private final PublicFolder folder;
    private final GroupFiles groupFiles;
    private final SectionRenderer sections;

    StartupPages(SitePublisher publisher, PublicFolder folder, GroupFiles groupFiles, SectionRenderer sections) {
        this.sections = sections;
        this.publisher = publisher;
        this.folder = folder;
        this.groupFiles = groupFiles;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (!folder.exists("/404.html") || !folder.exists("/zh-hant/404.html")) {
            publisher.notFoundPages(new PageCounter());
        }
        if (!groupFiles.complete()) {
            groupFiles.write();
        }
        sections.renderMissing();
    }
}
