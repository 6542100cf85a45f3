package org.zhengwu.services.internal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.storage.UploadFolder;

/**
 * The tables application, application_file, application_opinion and application_ticket. File names are encrypted
 * like the answers (a citizen names a scan after themselves).
 */
@Repository
class ApplicationStore {

    private static final String COLUMNS = "id, number, query_hash, item_id, case_id, unit_id, state, deadline, "
            + "correction_from, correction_note, answers, submitted_at";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ApplicationStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A fresh serial for an application number, never handed out twice. */
    long ticket(LocalDate day) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO application_ticket (issued_on) VALUES (?)").param(day).update(keys, "id");
        return keys.getKey().longValue();
    }

    long insert(String number, String queryHash, long itemId, long caseId, long unitId, ApplicationState state,
                LocalDate deadline, String answers, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO application (number, query_hash, item_id, case_id, unit_id, state, deadline, answers, "
                        + "submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(number, queryHash, itemId, caseId, unitId, state.name(), deadline, answers, at, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A file after the application's last one. */
    void insertFile(long applicationId, String slot, int round, UploadFolder.Stored f) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM application_file WHERE application_id = ?")
                .param(applicationId).query(Integer.class).single();
        insertFile(applicationId, position, slot, round, f);
    }

    /** A file at a position known to be free (a new application's). */
    void insertFile(long applicationId, int position, String slot, int round, UploadFolder.Stored f) {
        jdbc.sql("INSERT INTO application_file (application_id, position, slot, round_no, file_name, stored_name, "
                        + "file_type, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(applicationId, position, slot, round, cipher.encrypt(f.fileName()), f.storedName(),
                        f.type().name(), f.size())
                .update();
    }

    /** The case's state, unit and deadline after a step; and the 补正 request's origin and note. */
    void mirror(long id, ApplicationState state, long unitId, LocalDate deadline, ApplicationState correctionFrom,
                String correctionNote, OffsetDateTime at) {
        jdbc.sql("UPDATE application SET state = ?, unit_id = ?, deadline = ?, correction_from = ?, correction_note = ?, "
                        + "updated_at = ? WHERE id = ?")
                .params(state.name(), unitId, deadline, correctionFrom == null ? null : correctionFrom.name(),
                        correctionNote, at, id)
                .update();
    }

    /** 准予 or 不予 when decided, the time of 办结 when finished: what 办件公示 shows. */
    void outcome(long id, ApplicationState to, OffsetDateTime at) {
        if (to == ApplicationState.GRANTED || to == ApplicationState.DENIED) {
            jdbc.sql("UPDATE application SET decision = ? WHERE id = ?").params(to.name(), id).update();
        } else if (to == ApplicationState.DONE) {
            jdbc.sql("UPDATE application SET finished_at = ? WHERE id = ?").params(at, id).update();
        }
    }

    void addOpinion(long id, String author, String text, OffsetDateTime at) {
        jdbc.sql("INSERT INTO application_opinion (application_id, at, author, opinion) VALUES (?, ?, ?, ?)")
                .params(id, at, author, text).update();
    }

    Optional<ApplicationRecord> byNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE number = ?").param(number)
                .query(ApplicationStore::row).optional();
    }

    /** The newest first, a page of them; {@code units} null for every unit; {@code state} null for any. */
    List<ApplicationRecord> queue(Set<Long> units, ApplicationState state, int limit, int offset) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return filtered("SELECT " + COLUMNS + " FROM application", units, state,
                " ORDER BY submitted_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(ApplicationStore::row).list();
    }

    /** How many {@link #queue} has in all. */
    long count(Set<Long> units, ApplicationState state) {
        if (units != null && units.isEmpty()) {
            return 0;
        }
        return filtered("SELECT COUNT(*) FROM application", units, state, "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String select, Set<Long> units, ApplicationState state, String tail) {
        String where = " WHERE 1 = 1" + (units == null ? "" : " AND unit_id IN (:units)")
                + (state == null ? "" : " AND state = :state");
        JdbcClient.StatementSpec q = jdbc.sql(select + where + tail);
        if (units != null) {
            q = q.param("units", units);
        }
        if (state != null) {
            q = q.param("state", state.name());
        }
        return q;
    }

    /** The unit's applications waiting for a step of its own (not those waiting for the applicant, not closed). */
    long waiting(long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE unit_id = ? AND state IN "
                        + "('SUBMITTED', 'ACCEPTED', 'REVIEW', 'GRANTED', 'DENIED')")
                .param(unitId).query(Long.class).single();
    }

    List<ApplicationFile> files(long id) {
        return jdbc.sql("SELECT position, slot, round_no, file_name, stored_name, file_type, size_bytes "
                        + "FROM application_file WHERE application_id = ? ORDER BY position")
                .param(id)
                .query((rs, n) -> new ApplicationFile(rs.getInt(1), rs.getString(2), rs.getInt(3),
                        cipher.decrypt(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getLong(7)))
                .list();
    }

    List<Opinion> opinions(long id) {
        return jdbc.sql("SELECT at, author, opinion FROM application_opinion WHERE application_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new Opinion(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static ApplicationRecord row(ResultSet rs, int n) throws SQLException {
        String from = rs.getString("correction_from");
        return new ApplicationRecord(rs.getLong("id"), rs.getString("number"), rs.getString("query_hash"),
                rs.getLong("item_id"), rs.getLong("case_id"), rs.getLong("unit_id"),
                ApplicationState.valueOf(rs.getString("state")), rs.getObject("deadline", LocalDate.class),
                from == null ? null : ApplicationState.valueOf(from), rs.getString("correction_note"),
                rs.getString("answers"), rs.getObject("submitted_at", OffsetDateTime.class));
    }
}
