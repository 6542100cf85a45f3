package org.zhengwu.supervision.internal.crawl.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 监管 › 链接与错别字巡检, for supervisors and the site-group administrator. */
@Component
class CrawlConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(ConsoleEntry.of(ConsoleArea.SUPERVISION, "linkcheck.console.nav", LinkReportController.PATH, 110,
                StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR));
    }
}
