package org.zhengwu.accounts.internal;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.accounts.PasswordPolicy;
import org.zhengwu.accounts.SecurityPolicy;

/** The one row of security_policy. */
@Repository
public class PolicyStore {

    private final JdbcClient jdbc;

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SecurityPolicy read() {
        return jdbc.sql("SELECT * FROM security_policy WHERE id = 1").query((rs, n) -> new SecurityPolicy(
                new PasswordPolicy(rs.getInt("password_min_length"), rs.getBoolean("password_mixed_case"),
                        rs.getBoolean("password_symbol")),
                rs.getInt("password_expiry_days"), rs.getInt("password_history"), rs.getInt("lockout_threshold"),
                rs.getInt("lockout_minutes"), rs.getInt("session_idle_minutes"),
                rs.getBoolean("totp_required_for_admins"))).optional().orElse(SecurityPolicy.DEFAULT);
    }

    /** Reads the row locked until the caller's transaction ends, so two editors of the policy do not interleave. */
    public SecurityPolicy lockAndRead() {
        jdbc.sql("SELECT id FROM security_policy WHERE id = 1 FOR UPDATE").query(Integer.class).optional();
        return read();
    }

    public void write(SecurityPolicy p, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE security_policy SET password_min_length = ?, password_mixed_case = ?, password_symbol = ?,
                    password_expiry_days = ?, password_history = ?, lockout_threshold = ?, lockout_minutes = ?,
                    session_idle_minutes = ?, totp_required_for_admins = ?, updated_at = ? WHERE id = 1""")
                .params(p.password().minLength(), p.password().mixedCase(), p.password().symbol(), p.expiryDays(),
                        p.historyCount(), p.lockoutThreshold(), p.lockoutMinutes(), p.sessionIdleMinutes(),
                        p.totpRequiredForAdministrators(), now)
                .update();
    }
}
