package org.zhengwu.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;

/** Records a sign-out while the staff member is still known (it runs before the session is cleared). */
final class SignOutRecorder implements LogoutHandler {

    private final AuditTrail audit;

    SignOutRecorder(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal staff) {
            audit.record(AuditEvent.of("account.sign-out", "staff_account", staff.accountId(), staff.unitId(),
                    staff.username() + " 退出登录"));
        }
    }
}
