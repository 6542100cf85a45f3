package org.zhengwu.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.console.ConsoleTodos;
import org.zhengwu.platform.console.TodoCount;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NoticeCount;

/**
 * Accounts under attack (安全告警), for the security administrator: every time an address is locked out of an account
 * the account's open alert counts it (or a new one opens), the console's navigation shows the security administrator
 * how many are open, and the alerts page lists them until they are marked as seen.
 */
@Service
public class SecurityAlerts implements NoticeCount, ConsoleTodos {

    /** One alert: the account, when its first and latest lockout were, how many, and from which address the latest. */
    public record Alert(long id, long accountId, String username, OffsetDateTime firstAt, OffsetDateTime lastAt,
                        int lockouts, String lastAddress, OffsetDateTime seenAt) {
    }

    static final int SHOWN = 100;

    private final JdbcClient jdbc;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    SecurityAlerts(JdbcClient jdbc, UnitScope scope, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** An address was just locked out of the account after repeated failures. */
    @Transactional
    public void lockedOut(StaffAccount account, String address, OffsetDateTime now) {
        int counted = jdbc.sql("UPDATE security_alert SET lockouts = lockouts + 1, last_at = ?, last_address = ? "
                        + "WHERE account_id = ? AND seen_at IS NULL").params(now, address, account.id()).update();
        if (counted == 0) {
            jdbc.sql("INSERT INTO security_alert (account_id, first_at, last_at, lockouts, last_address) "
                    + "VALUES (?, ?, ?, 1, ?)").params(account.id(), now, now, address).update();
        }
    }

    /** The open alerts, then the latest seen ones; {@value #SHOWN} at most. */
    @Transactional(readOnly = true)
    public List<Alert> latest() {
        scope.requireRole(StaffRole.SECURITY_ADMINISTRATOR);
        return jdbc.sql("SELECT a.id, a.account_id, s.username, a.first_at, a.last_at, a.lockouts, a.last_address, "
                        + "a.seen_at FROM security_alert a JOIN staff_account s ON s.id = a.account_id "
                        + "ORDER BY CASE WHEN a.seen_at IS NULL THEN 0 ELSE 1 END, a.last_at DESC, a.id DESC "
                        + "FETCH FIRST " + SHOWN + " ROWS ONLY")
                .query((rs, n) -> new Alert(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"),
                        AccountStore.time(rs, "first_at"), AccountStore.time(rs, "last_at"), rs.getInt("lockouts"),
                        rs.getString("last_address"), AccountStore.time(rs, "seen_at")))
                .list();
    }

    /** The security administrator has seen the alert; a further lockout of the account opens a new one. */
    @Transactional
    public void markSeen(long id) {
        StaffPrincipal me = scope.requireRole(StaffRole.SECURITY_ADMINISTRATOR);
        String username = jdbc.sql("SELECT s.username FROM security_alert a JOIN staff_account s ON s.id = a.account_id "
                + "WHERE a.id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new RuleViolation("alerts.not-found", id));
        if (jdbc.sql("UPDATE security_alert SET seen_at = ?, seen_by = ? WHERE id = ? AND seen_at IS NULL")
                .params(OffsetDateTime.now(clock), me.accountId(), id).update() > 0) {
            audit.record(AuditEvent.of("security.alert.seen", "security_alert", id, null, "账号 " + username + " 的安全告警已阅"));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(StaffPrincipal staff) {
        return staff.role() != StaffRole.SECURITY_ADMINISTRATOR ? 0
                : jdbc.sql("SELECT COUNT(*) FROM security_alert WHERE seen_at IS NULL").query(Long.class).single();
    }

    /** The security administrator's work on the console home: the alerts not yet marked as seen. */
    @Override
    public List<TodoCount> todos(StaffPrincipal staff) {
        return staff.role() == StaffRole.SECURITY_ADMINISTRATOR
                ? List.of(TodoCount.work("console.nav.alerts", unread(staff), "/admin/security/alerts")) : List.of();
    }
}
