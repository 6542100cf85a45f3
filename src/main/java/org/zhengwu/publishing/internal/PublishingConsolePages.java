package org.zhengwu.publishing.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 内容 › 发布: the system administrator's rebuild and grey mode. */
@Component
class PublishingConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(ConsoleEntry.of(ConsoleArea.CONTENT, "console.nav.publishing", "/admin/publishing", 60,
                StaffRole.ADMINISTRATOR));
    }
}
