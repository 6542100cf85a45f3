package org.zhengwu.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;

/** The table mailbox. */
@Repository
class MailboxStore {

    private static final String COLUMNS = "id, code, name, kind, description, leader_name, default_unit_id, answer_days, "
            + "enabled, sort_order";

    private final JdbcClient jdbc;

    MailboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Mailbox> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mailbox ORDER BY sort_order, id").query(MailboxStore::row).list();
    }

    Optional<Mailbox> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mailbox WHERE code = ?").param(code).query(MailboxStore::row).optional();
    }

    Optional<Mailbox> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mailbox WHERE id = ?").param(id).query(MailboxStore::row).optional();
    }

    long insert(MailboxDetails d, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO mailbox (code, name, kind, description, leader_name, default_unit_id, answer_days, enabled, "
                        + "sort_order, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)")
                .params(d.code(), d.name(), d.kind().name(), d.description(), d.leaderName(), d.defaultUnitId(),
                        d.answerDays(), d.sortOrder(), at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, MailboxDetails d, OffsetDateTime at) {
        jdbc.sql("UPDATE mailbox SET name = ?, kind = ?, description = ?, leader_name = ?, default_unit_id = ?, "
                        + "answer_days = ?, sort_order = ?, updated_at = ? WHERE id = ?")
                .params(d.name(), d.kind().name(), d.description(), d.leaderName(), d.defaultUnitId(), d.answerDays(),
                        d.sortOrder(), at, id)
                .update();
    }

    void setEnabled(long id, boolean enabled, OffsetDateTime at) {
        jdbc.sql("UPDATE mailbox SET enabled = ?, updated_at = ? WHERE id = ?").params(enabled, at, id).update();
    }

    private static Mailbox row(ResultSet rs, int n) throws SQLException {
        return new Mailbox(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                MailboxKind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getString("leader_name"),
                rs.getObject("default_unit_id", Long.class), rs.getInt("answer_days"), rs.getBoolean("enabled"),
                rs.getInt("sort_order"));
    }
}
