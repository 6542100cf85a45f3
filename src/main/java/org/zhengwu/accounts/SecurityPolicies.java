package org.zhengwu.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.accounts.internal.PolicyStore;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;

/** The security policy in force; the security administrator alone changes it, and every change is audited. */
@Service
public class SecurityPolicies {

    private final PolicyStore store;
    private final UnitScope duties;
    private final AuditTrail audit;
    private final Clock clock;

    SecurityPolicies(PolicyStore store, UnitScope duties, AuditTrail audit, Clock clock) {
        this.store = store;
        this.duties = duties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The policy in force (read from the database every time, so a change applies at once on every node). */
    @Transactional(readOnly = true)
    public SecurityPolicy current() {
        return store.read();
    }

    @Transactional
    public void update(SecurityPolicy next) {
        duties.requireRoleOrSystem(StaffRole.SECURITY_ADMINISTRATOR);
        next.validate();
        SecurityPolicy before = store.lockAndRead();
        List<String> changes = changes(before, next);
        if (changes.isEmpty()) {
            return;
        }
        store.write(next, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("security.policy.update", "security_policy", 1, null, String.join("；", changes)));
    }

    private static List<String> changes(SecurityPolicy a, SecurityPolicy b) {
        List<String> out = new ArrayList<>();
        change(out, "密码最短长度", a.password().minLength(), b.password().minLength());
        change(out, "须含大小写字母", a.password().mixedCase(), b.password().mixedCase());
        change(out, "须含符号", a.password().symbol(), b.password().symbol());
        change(out, "密码有效期（天）", a.expiryDays(), b.expiryDays());
        change(out, "不得重复使用最近密码数", a.historyCount(), b.historyCount());
        change(out, "锁定阈值（次）", a.lockoutThreshold(), b.lockoutThreshold());
        change(out, "锁定时长（分钟）", a.lockoutMinutes(), b.lockoutMinutes());
        change(out, "会话空闲超时（分钟）", a.sessionIdleMinutes(), b.sessionIdleMinutes());
        change(out, "管理员须启用两步验证", a.totpRequiredForAdministrators(), b.totpRequiredForAdministrators());
        return out;
    }

    private static void change(List<String> out, String what, Object before, Object after) {
        if (!before.equals(after)) {
            out.add(what + " " + before + " → " + after);
        }
    }
}
