package org.zhengwu.operations.internal.apikeys;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 系统 › 内容接口密钥, for the system administrator. */
@Component
class ContentKeyConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(ConsoleEntry.of(ConsoleArea.SYSTEM, "operations.keys.nav", "/admin/api-keys", 80,
                StaffRole.ADMINISTRATOR));
    }
}
