package org.zhengwu.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.interaction.LetterState;

/** The tables letter, letter_attachment and letter_rating. */
@Repository
class LetterStore {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String COLUMNS = "id, tracking_number, query_code_hash, mailbox_id, case_id, subject, body, "
            + "public_wish, writer_name, writer_phone, writer_email, submitted_at, state, unit_id, deadline, answer, "
            + "answer_saved_at, answered_at, answer_round, reopened, review_note, refusal_kind, refusal_reason";

    /** What the console's lists filter by; null means any. */
    record Query(Collection<LetterState> states, Long unitId, Long mailboxId, LocalDate from, LocalDate to,
                 boolean oldestFirst, int offset, int limit) {
    }

    private final JdbcClient jdbc;

    LetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new letter, in its first state. */
    long insert(String trackingNumber, String queryCodeHash, long mailboxId, long caseId, String subject, String body,
                boolean publicWish, String name, String phone, String email, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO letter (tracking_number, query_code_hash, mailbox_id, case_id, subject, body, public_wish, "
                        + "writer_name, writer_phone, writer_email, submitted_at, state, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(trackingNumber, queryCodeHash, mailboxId, caseId, subject, body, publicWish, name, phone, email,
                        at, LetterState.RECEIVED.name(), at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertAttachment(long letterId, int seqNo, LetterFiles.Stored file) {
        jdbc.sql("INSERT INTO letter_attachment (letter_id, seq_no, file_name, stored_name, content_type, size_bytes) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(letterId, seqNo, file.fileName(), file.storedName(), file.type().contentType(), file.size())
                .update();
    }

    Optional<LetterRecord> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter WHERE id = ?").param(id).query(LetterStore::row).optional();
    }

    Optional<LetterRecord> byTrackingNumber(String trackingNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter WHERE tracking_number = ?").param(trackingNumber)
                .query(LetterStore::row).optional();
    }

    /** The letter's row, locked until the transaction ends: one step at a time per letter. */
    Optional<LetterRecord> lock(String trackingNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter WHERE tracking_number = ? FOR UPDATE").param(trackingNumber)
                .query(LetterStore::row).optional();
    }

    /** Copies the case's state, unit and deadline after a step. */
    void mirror(long id, LetterState state, Long unitId, LocalDate deadline, OffsetDateTime at) {
        jdbc.sql("UPDATE letter SET state = ?, unit_id = ?, deadline = ?, updated_at = ? WHERE id = ?")
                .params(state.name(), unitId, deadline, at, id).update();
    }

    void saveAnswer(long id, String answer, OffsetDateTime at) {
        jdbc.sql("UPDATE letter SET answer = ?, answer_saved_at = ?, updated_at = ? WHERE id = ?")
                .params(answer, at, at, id).update();
    }

    /** A new unit starts from a blank answer: what another unit drafted is not theirs to see. */
    void clearAnswer(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE letter SET answer = NULL, answer_saved_at = NULL, review_note = NULL, updated_at = ? WHERE id = ?")
                .params(at, id).update();
    }

    void setReviewNote(long id, String note, OffsetDateTime at) {
        jdbc.sql("UPDATE letter SET review_note = ?, updated_at = ? WHERE id = ?").params(note, at, id).update();
    }

    void answered(long id, int round, OffsetDateTime at) {
        jdbc.sql("UPDATE letter SET answered_at = ?, answer_round = ?, review_note = NULL, updated_at = ? WHERE id = ?")
                .params(at, round, at, id).update();
    }

    void refused(long id, RefusalKind kind, String reason, OffsetDateTime at) {
        jdbc.sql("UPDATE letter SET refusal_kind = ?, refusal_reason = ?, updated_at = ? WHERE id = ?")
                .params(kind.name(), reason, at, id).update();
    }

    void reopened(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE letter SET reopened = TRUE, updated_at = ? WHERE id = ?").params(at, id).update();
    }

    void insertAnswer(long letterId, int round, String answer, long unitId, String approvedBy, OffsetDateTime at) {
        jdbc.sql("INSERT INTO letter_answer (letter_id, answer_round, answer, unit_id, approved_by, answered_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(letterId, round, answer, unitId, approvedBy, at).update();
    }

    List<SentAnswer> answers(long letterId) {
        return jdbc.sql("SELECT letter_id, answer_round, answer, unit_id, approved_by, answered_at FROM letter_answer "
                        + "WHERE letter_id = ? ORDER BY answer_round")
                .param(letterId)
                .query((rs, n) -> new SentAnswer(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    List<LetterAttachment> attachments(long letterId) {
        return jdbc.sql("SELECT id, letter_id, seq_no, file_name, stored_name, content_type, size_bytes "
                        + "FROM letter_attachment WHERE letter_id = ? ORDER BY seq_no")
                .param(letterId).query(LetterAttachment.class).list();
    }

    void insertRating(long letterId, int round, Rating rating, String comment, OffsetDateTime at) {
        jdbc.sql("INSERT INTO letter_rating (letter_id, answer_round, rating, comment, rated_at) VALUES (?, ?, ?, ?, ?)")
                .params(letterId, round, rating.name(), comment, at).update();
    }

    List<LetterRating> ratings(long letterId) {
        return jdbc.sql("SELECT letter_id, answer_round, rating, comment, rated_at FROM letter_rating WHERE letter_id = ? "
                        + "ORDER BY answer_round")
                .param(letterId)
                .query((rs, n) -> new LetterRating(rs.getLong(1), rs.getInt(2), Rating.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** Letters as the query asks: oldest first for a queue of work (first in, first handled), else newest first. */
    List<LetterRecord> list(Query q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        params.add(q.limit());
        params.add(q.offset());
        String order = q.oldestFirst() ? " ORDER BY submitted_at, id" : " ORDER BY submitted_at DESC, id DESC";
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter" + where + order + " LIMIT ? OFFSET ?")
                .params(params).query(LetterStore::row).list();
    }

    long count(Query q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        return jdbc.sql("SELECT COUNT(*) FROM letter" + where).params(params).query(Long.class).single();
    }

    private static String where(Query q, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (q.states() != null && !q.states().isEmpty()) {
            parts.add("state IN (" + String.join(", ", q.states().stream().map(s -> "?").toList()) + ")");
            q.states().forEach(s -> params.add(s.name()));
        }
        if (q.unitId() != null) {
            parts.add("unit_id = ?");
            params.add(q.unitId());
        }
        if (q.mailboxId() != null) {
            parts.add("mailbox_id = ?");
            params.add(q.mailboxId());
        }
        if (q.from() != null) {
            parts.add("submitted_at >= ?");
            params.add(q.from().atStartOfDay(CHINA).toOffsetDateTime());
        }
        if (q.to() != null) {
            parts.add("submitted_at < ?");
            params.add(q.to().plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static LetterRecord row(ResultSet rs, int n) throws SQLException {
        String refusal = rs.getString("refusal_kind");
        return new LetterRecord(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("query_code_hash"),
                rs.getLong("mailbox_id"), rs.getLong("case_id"), rs.getString("subject"), rs.getString("body"),
                rs.getBoolean("public_wish"), rs.getString("writer_name"), rs.getString("writer_phone"),
                rs.getString("writer_email"), rs.getObject("submitted_at", OffsetDateTime.class),
                LetterState.valueOf(rs.getString("state")), rs.getObject("unit_id", Long.class),
                rs.getObject("deadline", LocalDate.class), rs.getString("answer"),
                rs.getObject("answer_saved_at", OffsetDateTime.class), rs.getObject("answered_at", OffsetDateTime.class),
                rs.getInt("answer_round"), rs.getBoolean("reopened"), rs.getString("review_note"),
                refusal == null ? null : RefusalKind.valueOf(refusal), rs.getString("refusal_reason"));
    }
}
