package org.zhengwu.audit.internal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/** 系统 › 审计日志, the audit administrator's alone. */
@Component
class AuditConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(ConsoleEntry.of(ConsoleArea.SYSTEM, "console.nav.audit", "/admin/audit", 50,
                        StaffRole.AUDIT_ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.SYSTEM, "console.nav.audit-anchors", "/admin/audit/anchors", 55,
                        StaffRole.AUDIT_ADMINISTRATOR));
    }
}
