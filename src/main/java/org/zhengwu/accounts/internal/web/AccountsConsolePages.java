package org.zhengwu.accounts.internal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.security.StaffRole;

/**
 * 系统: staff accounts (system administrator), roles and the security policy (security administrator), the login
 * log (security and audit administrators); 我的账号: one's own password, second factor, reminder address, sign-ins.
 */
@Component
class AccountsConsolePages implements ConsolePages {

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.of(ConsoleArea.SYSTEM, "console.nav.staff", "/admin/staff", 10, StaffRole.ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.SYSTEM, "console.nav.roles", "/admin/security/roles", 20,
                        StaffRole.SECURITY_ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.SYSTEM, "console.nav.policy", "/admin/security/policy", 30,
                        StaffRole.SECURITY_ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.SYSTEM, "console.nav.alerts", "/admin/security/alerts", 35,
                        StaffRole.SECURITY_ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.SYSTEM, "console.nav.sign-ins", "/admin/sign-ins", 60,
                        StaffRole.SECURITY_ADMINISTRATOR, StaffRole.AUDIT_ADMINISTRATOR),
                ConsoleEntry.forEveryone(ConsoleArea.ACCOUNT, "console.nav.password", "/admin/account/password", 10),
                ConsoleEntry.forEveryone(ConsoleArea.ACCOUNT, "console.nav.totp", "/admin/account/totp", 20),
                ConsoleEntry.forEveryone(ConsoleArea.ACCOUNT, "console.nav.reminder-email", "/admin/account/email", 30),
                ConsoleEntry.forEveryone(ConsoleArea.ACCOUNT, "console.nav.my-sign-ins", "/admin/account/sign-ins", 40));
    }
}
