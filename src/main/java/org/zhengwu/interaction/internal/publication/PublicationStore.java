package org.zhengwu.interaction.internal.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table letter_publication, and the letter columns its public reading needs (mailbox, day of submission,
 * the writer's wish): never the letter's own subject, text or the writer's data.
 */
@Repository
class PublicationStore {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A published letter's row, before names are looked up. */
    record Published(String trackingNumber, long mailboxId, long unitId, String subject, String body, String answer,
                     OffsetDateTime submittedAt, OffsetDateTime answeredAt, OffsetDateTime publishedAt) {

        /**
         * On the portal: decided 公开 on the answer last sent, the writer's wish public, and the letter answered (a
         * reopened letter leaves the portal until its new answer is sent and decided on).
         */
        static final String VISIBLE = "p.decision = 'PUBLISHED' AND l.public_wish = TRUE AND l.state = 'ANSWERED' "
                + "AND p.answer_round = l.answer_round";
    }

    /** A decision as stored. */
    record Decision(long letterId, PublicationDecision decision, int answerRound, String reason, String decidedBy,
                    OffsetDateTime decidedAt) {
    }

    private static final String PUBLISHED = "SELECT l.tracking_number, l.mailbox_id, p.unit_id, p.subject, p.body, "
            + "p.answer, l.submitted_at, p.answered_at, p.decided_at FROM letter_publication p "
            + "JOIN letter l ON l.id = p.letter_id WHERE " + Published.VISIBLE;

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Published> published(String trackingNumber) {
        return jdbc.sql(PUBLISHED + " AND l.tracking_number = ?").param(trackingNumber)
                .query(PublicationStore::published).optional();
    }

    /** Published letters, newest submission first. */
    List<Published> published(Long mailboxId, Long unitId, LocalDate from, LocalDate to, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(mailboxId, unitId, from, to, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(PUBLISHED + where + " ORDER BY l.submitted_at DESC, l.id DESC LIMIT ? OFFSET ?").params(params)
                .query(PublicationStore::published).list();
    }

    long countPublished(Long mailboxId, Long unitId, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>();
        String where = where(mailboxId, unitId, from, to, params);
        return jdbc.sql("SELECT COUNT(*) FROM letter_publication p JOIN letter l ON l.id = p.letter_id "
                        + "WHERE " + Published.VISIBLE + where)
                .params(params).query(Long.class).single();
    }

    /** The units that have published letters: what the public list offers to filter by. */
    List<Long> publishingUnits() {
        return jdbc.sql("SELECT DISTINCT p.unit_id FROM letter_publication p JOIN letter l ON l.id = p.letter_id "
                        + "WHERE " + Published.VISIBLE + " ORDER BY p.unit_id")
                .query(Long.class).list();
    }

    /** Letters of a unit whose last answer waits for the publication decision, the longest waiting first. */
    List<PublicationViews.Waiting> waiting(long unitId) {
        return jdbc.sql("SELECT l.tracking_number, l.subject, m.name, l.answered_at, "
                        + "(SELECT COUNT(*) FROM letter_publication p WHERE p.letter_id = l.id) FROM letter l "
                        + "JOIN mailbox m ON m.id = l.mailbox_id WHERE l.state = 'ANSWERED' AND l.public_wish = TRUE "
                        + "AND l.unit_id = ? AND NOT EXISTS (SELECT 1 FROM letter_publication p WHERE p.letter_id = l.id "
                        + "AND p.answer_round = l.answer_round) ORDER BY l.answered_at, l.id")
                .param(unitId)
                .query((rs, n) -> new PublicationViews.Waiting(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getLong(5) > 0))
                .list();
    }

    /** The letter's row locked until the transaction ends: one decision at a time, and none beside a step. */
    void lock(long letterId) {
        jdbc.sql("SELECT id FROM letter WHERE id = ? FOR UPDATE").param(letterId).query(Long.class).single();
    }

    /** The texts on the portal now, if it was decided 公开. */
    Optional<PublicationViews.Confirmed> confirmed(long letterId) {
        return jdbc.sql("SELECT subject, body, answer FROM letter_publication WHERE letter_id = ? AND decision = 'PUBLISHED'")
                .param(letterId)
                .query((rs, n) -> new PublicationViews.Confirmed(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    Optional<Decision> decision(long letterId) {
        return jdbc.sql("SELECT letter_id, decision, answer_round, reason, decided_by, decided_at FROM letter_publication "
                        + "WHERE letter_id = ?")
                .param(letterId)
                .query((rs, n) -> new Decision(rs.getLong(1), PublicationDecision.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .optional();
    }

    /** Keeps a decision, replacing an earlier one (a later answer's decision replaces the former). */
    void decide(long letterId, PublicationDecision decision, int answerRound, long unitId, OffsetDateTime answeredAt,
                Texts texts, String reason, String decidedBy, OffsetDateTime at) {
        jdbc.sql("DELETE FROM letter_publication WHERE letter_id = ?").param(letterId).update();
        jdbc.sql("INSERT INTO letter_publication (letter_id, decision, answer_round, unit_id, answered_at, subject, body, "
                        + "answer, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(letterId, decision.name(), answerRound, unitId, answeredAt,
                        texts == null ? null : texts.subject(), texts == null ? null : texts.body(),
                        texts == null ? null : texts.answer(), reason, decidedBy, at)
                .update();
    }

    private static String where(Long mailboxId, Long unitId, LocalDate from, LocalDate to, List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (mailboxId != null) {
            where.append(" AND l.mailbox_id = ?");
            params.add(mailboxId);
        }
        if (unitId != null) {
            where.append(" AND p.unit_id = ?");
            params.add(unitId);
        }
        if (from != null) {
            where.append(" AND l.submitted_at >= ?");
            params.add(from.atStartOfDay(CHINA).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" AND l.submitted_at < ?");
            params.add(to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        }
        return where.toString();
    }

    private static Published published(ResultSet rs, int n) throws SQLException {
        return new Published(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class));
    }
}
