package org.zhengwu.checks.internal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 内容 › 内容检查 for the content roles; 系统 › 词库 for the security administrator, who keeps the lists. */
@Component
class ChecksConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.forRoles(ConsoleArea.CONTENT, "checks.nav", "/admin/checks/try", 50, StaffRole.contentRoles()),
                ConsoleEntry.of(ConsoleArea.SYSTEM, "checks.words.title", "/admin/checks/words", 40,
                        StaffRole.SECURITY_ADMINISTRATOR));
    }
}
