package org.zhengwu.content.internal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 内容 › 稿件管理 for everyone whose work is content; 站点与栏目 for the editors (their own site) and the administrator. */
@Component
class ContentConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.forRoles(ConsoleArea.CONTENT, "console.nav.content", "/admin/content", 10, StaffRole.contentRoles()),
                ConsoleEntry.of(ConsoleArea.CONTENT, "console.nav.sites", "/admin/sites", 30, StaffRole.EDITOR,
                        StaffRole.ADMINISTRATOR));
    }
}
