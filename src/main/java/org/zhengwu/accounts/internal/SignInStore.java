package org.zhengwu.accounts.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.accounts.SignInRecord;

/** staff_sign_in: every sign-in attempt, appended. */
@Repository
public class SignInStore {

    private static final RowMapper<SignInRecord> ROW = (rs, n) -> new SignInRecord(rs.getLong("id"),
            AccountStore.time(rs, "occurred_at"), (Long) rs.getObject("account_id", Long.class), rs.getString("username"),
            SignInRecord.Outcome.valueOf(rs.getString("outcome")), rs.getString("remote_address"),
            rs.getString("user_agent"));

    private final JdbcClient jdbc;

    SignInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(OffsetDateTime at, Long accountId, String username, SignInRecord.Outcome outcome,
                       String remoteAddress, String userAgent) {
        jdbc.sql("INSERT INTO staff_sign_in (occurred_at, account_id, username, outcome, remote_address, user_agent) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(at, accountId, cut(username, 64), outcome.name(), cut(remoteAddress, 64), cut(userAgent, 255))
                .update();
    }

    public List<SignInRecord> ofAccount(long accountId, int limit) {
        return jdbc.sql("SELECT * FROM staff_sign_in WHERE account_id = ? ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(accountId).query(ROW).list();
    }

    /** A page of everyone's attempts, newest first; {@code username} filters by the typed name when not empty. */
    public List<SignInRecord> page(String username, int offset, int limit) {
        boolean filtered = username != null && !username.isBlank();
        return jdbc.sql("SELECT * FROM staff_sign_in" + (filtered ? " WHERE username = :u" : "")
                        + " ORDER BY id DESC OFFSET " + offset + " ROWS FETCH FIRST " + limit + " ROWS ONLY")
                .params(filtered ? java.util.Map.of("u", username.trim()) : java.util.Map.of())
                .query(ROW).list();
    }

    public long count(String username) {
        boolean filtered = username != null && !username.isBlank();
        return jdbc.sql("SELECT COUNT(*) FROM staff_sign_in" + (filtered ? " WHERE username = :u" : ""))
                .params(filtered ? java.util.Map.of("u", username.trim()) : java.util.Map.of())
                .query(Long.class).single();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
