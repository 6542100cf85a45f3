package org.zhengwu.petitions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables petition, petitioner, petition_notice and petition_category. */
@Repository
class PetitionStore {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "id, reference, case_id, channel, category_code, matter, place, "
            + "petitioner_count, collective, skipping_levels, transfer_number, letter_tracking_number, unit_id, "
            + "review_unit_id, repeat_of_id, registered_at, registered_on, decision_due, decided_on, accepted, "
            + "answer_due, answered_on, registered_by";

    /** A category of the configurable list. */
    record Category(String code, String name) {
    }

    private final JdbcClient jdbc;

    PetitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> categories() {
        return jdbc.sql("SELECT code, name FROM petition_category WHERE enabled = TRUE ORDER BY position")
                .query((rs, n) -> new Category(rs.getString(1), rs.getString(2))).list();
    }

    Map<String, String> categoryNames() {
        return jdbc.sql("SELECT code, name FROM petition_category").query((rs, n) -> Map.entry(rs.getString(1),
                rs.getString(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Set<String> categoryCodes() {
        return categories().stream().map(Category::code).collect(Collectors.toSet());
    }

    long insert(String reference, long caseId, NewPetition p, OffsetDateTime at, LocalDate decisionDue, String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO petition (reference, case_id, channel, category_code, matter, place, petitioner_count, "
                        + "collective, skipping_levels, transfer_number, letter_tracking_number, unit_id, "
                        + "registered_at, registered_on, decision_due, registered_by) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(reference, caseId, p.channel().name(), p.category(), p.matter(), p.place(), p.count(),
                        p.collective(), p.skippingLevels(), p.transferNumber(), p.letter(), p.unitId(), at,
                        at.atZoneSameInstant(CHINA).toLocalDate(), decisionDue, by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertPerson(long petitionId, PetitionRecord.Person p) {
        jdbc.sql("INSERT INTO petitioner (petition_id, seq_no, name, id_number, phone, address) VALUES (?,?,?,?,?,?)")
                .params(petitionId, p.seqNo(), p.name(), p.idNumber(), p.phone(), p.address()).update();
    }

    void insertAttachment(long petitionId, PetitionRecord.Attachment a) {
        jdbc.sql("INSERT INTO petition_attachment (petition_id, seq_no, file_name, stored_name, content_type, "
                        + "size_bytes) VALUES (?,?,?,?,?,?)")
                .params(petitionId, a.seqNo(), a.fileName(), a.storedName(), a.contentType(), a.size()).update();
    }

    List<PetitionRecord.Attachment> attachments(long petitionId) {
        return jdbc.sql("SELECT seq_no, file_name, stored_name, content_type, size_bytes FROM petition_attachment "
                        + "WHERE petition_id = ? ORDER BY seq_no").param(petitionId)
                .query((rs, n) -> new PetitionRecord.Attachment(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5))).list();
    }

    long countRegisteredIn(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM petition WHERE registered_on >= ? AND registered_on <= ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(Long.class).single();
    }

    boolean referenceTaken(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM petition WHERE reference = ?").param(reference).query(Long.class)
                .single() > 0;
    }

    Optional<PetitionRecord> byReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM petition WHERE reference = ?").param(reference)
                .query(PetitionStore::row).optional();
    }

    Optional<PetitionRecord> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM petition WHERE id = ?").param(id).query(PetitionStore::row)
                .optional();
    }

    /** The row locked until the transaction ends: one step at a time per petition. */
    Optional<PetitionRecord> lock(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM petition WHERE reference = ? FOR UPDATE").param(reference)
                .query(PetitionStore::row).optional();
    }

    Optional<PetitionRecord> byLetter(String trackingNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM petition WHERE letter_tracking_number = ? ORDER BY id")
                .param(trackingNumber).query(PetitionStore::row).list().stream().findFirst();
    }

    /** Newest first; those of the given units only (null: every unit). */
    List<PetitionRecord> list(Set<Long> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        String where = units == null ? "" : " WHERE unit_id IN (:u) OR review_unit_id IN (:u) OR id IN "
                + "(SELECT petition_id FROM key_petition WHERE unit_id IN (:u))";
        var sql = jdbc.sql("SELECT " + COLUMNS + " FROM petition" + where + " ORDER BY id DESC LIMIT :limit")
                .param("limit", limit);
        if (units != null) {
            sql = sql.param("u", units);
        }
        return sql.query(PetitionStore::row).list();
    }

    List<PetitionRecord.Person> people(long petitionId) {
        return jdbc.sql("SELECT seq_no, name, id_number, phone, address FROM petitioner WHERE petition_id = ? "
                        + "ORDER BY seq_no").param(petitionId)
                .query((rs, n) -> new PetitionRecord.Person(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    List<PetitionRecord.Notice> notices(long petitionId) {
        return jdbc.sql("SELECT kind, sent_on, text, written_by FROM petition_notice WHERE petition_id = ? ORDER BY id")
                .param(petitionId)
                .query((rs, n) -> new PetitionRecord.Notice(PetitionFlow.Notice.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4))).list();
    }

    void addNotice(long petitionId, PetitionFlow.Notice kind, LocalDate on, String text, String by, OffsetDateTime at) {
        jdbc.sql("INSERT INTO petition_notice (petition_id, kind, sent_on, text, written_by, written_at) "
                + "VALUES (?,?,?,?,?,?)").params(petitionId, kind.name(), on, text, by, at).update();
    }

    void decided(long id, boolean accepted, LocalDate on, LocalDate answerDue) {
        jdbc.sql("UPDATE petition SET decided_on = ?, accepted = ?, answer_due = ? WHERE id = ?")
                .params(on, accepted, answerDue, id).update();
    }

    void answerDue(long id, LocalDate due) {
        jdbc.sql("UPDATE petition SET answer_due = ? WHERE id = ?").params(due, id).update();
    }

    void answered(long id, LocalDate on) {
        jdbc.sql("UPDATE petition SET answered_on = ? WHERE id = ?").params(on, id).update();
    }

    void reviewUnit(long id, long unitId) {
        jdbc.sql("UPDATE petition SET review_unit_id = ? WHERE id = ?").params(unitId, id).update();
    }

    void repeatOf(long id, long earlierId) {
        jdbc.sql("UPDATE petition SET repeat_of_id = ? WHERE id = ?").params(earlierId, id).update();
    }

    private static PetitionRecord row(ResultSet rs, int n) throws SQLException {
        return new PetitionRecord(rs.getLong("id"), rs.getString("reference"), rs.getLong("case_id"),
                Channel.valueOf(rs.getString("channel")), rs.getString("category_code"), rs.getString("matter"),
                rs.getString("place"), rs.getInt("petitioner_count"), rs.getBoolean("collective"),
                rs.getBoolean("skipping_levels"), rs.getString("transfer_number"),
                rs.getString("letter_tracking_number"), rs.getLong("unit_id"), rs.getObject("review_unit_id", Long.class),
                rs.getObject("repeat_of_id", Long.class),
                rs.getObject("registered_at", OffsetDateTime.class).atZoneSameInstant(CHINA).toOffsetDateTime(),
                rs.getObject("registered_on", LocalDate.class), rs.getObject("decision_due", LocalDate.class),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("accepted", Boolean.class),
                rs.getObject("answer_due", LocalDate.class), rs.getObject("answered_on", LocalDate.class),
                rs.getString("registered_by"));
    }
}
