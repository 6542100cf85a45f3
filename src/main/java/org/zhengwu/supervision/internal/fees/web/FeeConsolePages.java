package org.zhengwu.supervision.internal.fees.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 监管 › 稿酬统计 and 稿酬设置, for the office: the supervisors and the system administrator. */
@Component
class FeeConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "fee.nav", "/admin/supervision/fees", 120,
                        StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "fee.settings.nav", "/admin/supervision/fees/settings", 121,
                        StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR));
    }
}
