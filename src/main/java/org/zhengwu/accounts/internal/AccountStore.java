package org.zhengwu.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.platform.security.StaffRole;

/** The accounts module's table: staff_account. */
@Repository
public class AccountStore {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "id, username, display_name, unit_id, role, enabled, must_change_password, "
            + "password_changed_at, failed_attempts, locked_until, created_at";

    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single();
    }

    public List<StaffAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY role, username").query(AccountStore::account).list();
    }

    public Optional<StaffAccount> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE id = ?").param(id).query(AccountStore::account).optional();
    }

    public Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE username = ?").param(username)
                .query(AccountStore::account).optional();
    }

    public Optional<String> passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM staff_account WHERE id = ?").param(id).query(String.class).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    public long countEnabledAdministrators() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE role = 'ADMINISTRATOR' AND enabled = TRUE")
                .query(Long.class).single();
    }

    public long insert(String username, String passwordHash, String displayName, Long unitId, StaffRole role,
                       boolean mustChangePassword, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO staff_account (username, password_hash, display_name, unit_id, role, enabled, "
                        + "must_change_password, failed_attempts, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, 0, ?)")
                .params(username, passwordHash, displayName, unitId, role.name(), mustChangePassword, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A new password; also lifts a lockout. {@code password_changed_at} records only a change by the owner. */
    public void setPassword(long id, String passwordHash, boolean mustChange, OffsetDateTime now) {
        if (mustChange) {
            jdbc.sql("UPDATE staff_account SET password_hash = ?, must_change_password = TRUE, failed_attempts = 0, "
                    + "locked_until = NULL WHERE id = ?").params(passwordHash, id).update();
        } else {
            jdbc.sql("UPDATE staff_account SET password_hash = ?, must_change_password = FALSE, failed_attempts = 0, "
                    + "locked_until = NULL, password_changed_at = ? WHERE id = ?").params(passwordHash, now, id).update();
        }
    }

    /**
     * Counts a failed sign-in; at {@code maxFailures} the account is locked until {@code lockUntil} and the count
     * starts again. Returns whether this failure locked it. Each step is one statement, so concurrent failures
     * cannot lose a count.
     */
    public boolean recordFailure(long id, int maxFailures, OffsetDateTime lockUntil) {
        jdbc.sql("UPDATE staff_account SET failed_attempts = failed_attempts + 1 WHERE id = ?").param(id).update();
        return jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = ? WHERE id = ? AND failed_attempts >= ?")
                .params(lockUntil, id, maxFailures).update() > 0;
    }

    public void recordSuccess(long id) {
        jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?").param(id).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE staff_account SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                (Long) rs.getObject("unit_id", Long.class), StaffRole.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), time(rs, "password_changed_at"),
                rs.getInt("failed_attempts"), time(rs, "locked_until"), time(rs, "created_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(CHINA).toOffsetDateTime();
    }
}
