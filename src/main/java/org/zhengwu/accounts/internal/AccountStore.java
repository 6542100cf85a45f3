package org.zhengwu.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.platform.security.StaffRole;

/** The accounts module's tables: staff_account and staff_password_history (sign_in_lock: {@link SignInLocks}). */
@Repository
public class AccountStore {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "id, username, display_name, unit_id, role, enabled, must_change_password, "
            + "password_changed_at, created_at, totp_enabled, email, "
            + "(SELECT MAX(l.locked_until) FROM sign_in_lock l WHERE l.account_id = staff_account.id) AS locked_until";

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
        return countEnabledWithRole(StaffRole.ADMINISTRATOR);
    }

    public long countEnabledWithRole(StaffRole role) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE role = ? AND enabled = TRUE").param(role.name())
                .query(Long.class).single();
    }

    public long countWithRole(StaffRole role) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE role = ?").param(role.name()).query(Long.class).single();
    }

    /** A new account, enabled; {@code role} may be null (waiting for the security administrator). */
    public long insert(String username, String passwordHash, String displayName, Long unitId, StaffRole role,
                       boolean mustChangePassword, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO staff_account (username, password_hash, display_name, unit_id, role, enabled, "
                        + "must_change_password, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")
                .params(username, passwordHash, displayName, unitId, role == null ? null : role.name(), mustChangePassword, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * A new password; also lifts the sign-in locks of every address. {@code password_changed_at} records only a
     * change by the owner.
     */
    public void setPassword(long id, String passwordHash, boolean mustChange, OffsetDateTime now) {
        if (mustChange) {
            jdbc.sql("UPDATE staff_account SET password_hash = ?, must_change_password = TRUE WHERE id = ?")
                    .params(passwordHash, id).update();
        } else {
            jdbc.sql("UPDATE staff_account SET password_hash = ?, must_change_password = FALSE, password_changed_at = ? "
                    + "WHERE id = ?").params(passwordHash, now, id).update();
        }
        jdbc.sql("DELETE FROM sign_in_lock WHERE account_id = ?").param(id).update();
    }

    /** The same password hashed anew (another algorithm or cost): nothing else about the account changes. */
    public void rehash(long id, String oldHash, String newHash) {
        jdbc.sql("UPDATE staff_account SET password_hash = ? WHERE id = ? AND password_hash = ?")
                .params(newHash, id, oldHash).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE staff_account SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    public void setUnit(long id, Long unitId) {
        jdbc.sql("UPDATE staff_account SET unit_id = ? WHERE id = ?").params(unitId, id).update();
    }

    public void setRole(long id, StaffRole role, Long unitId) {
        jdbc.sql("UPDATE staff_account SET role = ?, unit_id = ? WHERE id = ?")
                .params(role == null ? null : role.name(), unitId, id).update();
    }

    // password history

    public void addHistory(long accountId, String passwordHash, OffsetDateTime replacedAt) {
        jdbc.sql("INSERT INTO staff_password_history (account_id, password_hash, replaced_at) VALUES (?, ?, ?)")
                .params(accountId, passwordHash, replacedAt).update();
    }

    /** The newest {@code limit} earlier hashes, newest first. */
    public List<String> recentHistory(long accountId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql("SELECT password_hash FROM staff_password_history WHERE account_id = ? ORDER BY id DESC "
                + "FETCH FIRST " + limit + " ROWS ONLY").param(accountId).query(String.class).list();
    }

    /** Keeps the newest {@code keep} earlier hashes of an account (the longest history the policy allows). */
    public void pruneHistory(long accountId, int keep) {
        List<Long> ids = jdbc.sql("SELECT id FROM staff_password_history WHERE account_id = ? ORDER BY id DESC")
                .param(accountId).query(Long.class).list();
        if (ids.size() > keep) {
            jdbc.sql("DELETE FROM staff_password_history WHERE account_id = ? AND id <= ?")
                    .params(accountId, ids.get(keep)).update();
        }
    }

    // second factor

    public Optional<String> totpSecret(long id) {
        return jdbc.sql("SELECT totp_secret FROM staff_account WHERE id = ?").param(id).query(String.class).optional();
    }

    /** An enrolment not confirmed yet: the secret is kept, sign-in does not ask for codes. */
    public void setPendingTotp(long id, String encryptedSecret) {
        jdbc.sql("UPDATE staff_account SET totp_secret = ?, totp_enabled = FALSE, totp_last_step = NULL WHERE id = ?")
                .params(encryptedSecret, id).update();
    }

    public void enableTotp(long id) {
        jdbc.sql("UPDATE staff_account SET totp_enabled = TRUE WHERE id = ? AND totp_secret IS NOT NULL").param(id).update();
    }

    public void clearTotp(long id) {
        jdbc.sql("UPDATE staff_account SET totp_secret = NULL, totp_enabled = FALSE, totp_last_step = NULL WHERE id = ?")
                .param(id).update();
    }

    /** Takes a code's time step unless it (or a later one) was used before: a code works only once. */
    public boolean acceptTotpStep(long id, long step) {
        return jdbc.sql("UPDATE staff_account SET totp_last_step = ? WHERE id = ? "
                + "AND (totp_last_step IS NULL OR totp_last_step < ?)").params(step, id, step).update() > 0;
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("role");
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                (Long) rs.getObject("unit_id", Long.class), role == null ? null : StaffRole.valueOf(role),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), time(rs, "password_changed_at"),
                time(rs, "locked_until"), time(rs, "created_at"),
                rs.getBoolean("totp_enabled"), rs.getString("email"));
    }

    public void setEmail(long id, String email) {
        jdbc.sql("UPDATE staff_account SET email = ? WHERE id = ?").params(email, id).update();
    }

    /** The addresses of the enabled accounts among {@code ids} that have one. */
    public List<String> emailsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT email FROM staff_account WHERE id IN (:ids) AND enabled = TRUE AND email IS NOT NULL "
                + "ORDER BY id").param("ids", ids).query(String.class).list();
    }

    /** The addresses of the enabled accounts with the role (in the unit, for a unit role) that have one. */
    public List<String> emailsOfRole(Long unitId, StaffRole role) {
        return jdbc.sql("SELECT email FROM staff_account WHERE role = :role AND enabled = TRUE AND email IS NOT NULL "
                        + (unitId == null ? "" : "AND unit_id = :unit ") + "ORDER BY id")
                .param("role", role.name()).param("unit", unitId).query(String.class).list();
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(CHINA).toOffsetDateTime();
    }
}
