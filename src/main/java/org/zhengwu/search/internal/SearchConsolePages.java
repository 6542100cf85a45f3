package org.zhengwu.search.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 内容 › 搜索索引: the system administrator's re-index. */
@Component
class SearchConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(ConsoleEntry.of(ConsoleArea.CONTENT, "console.nav.search", "/admin/search", 70,
                StaffRole.ADMINISTRATOR));
    }
}
