package org.zhengwu.petitions.internal.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Rounds, the units' reports and their disputes (screening_round, screening_report, screening_dispute). */
@Repository
class ScreeningStore {

    /** A unit's report; {@code submittedAt} null while due. */
    record Report(long id, long roundId, long unitId, long caseId, boolean nil, OffsetDateTime submittedAt,
                  String submittedBy) {
        boolean submitted() {
            return submittedAt != null;
        }

        /** Reported after the round's day. */
        boolean late(LocalDate dueOn) {
            return submittedAt != null && submittedAt.toLocalDate().isAfter(dueOn);
        }
    }

    /** A dispute as stored: {@code parties} still encrypted. */
    record Dispute(long id, long reportId, String matter, String partiesSealed, String place, Risk risk,
                   String measures, DisputeState state) {
    }

    private final JdbcClient jdbc;

    ScreeningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(String name, LocalDate from, LocalDate to, LocalDate dueOn, String by, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO screening_round (name, period_from, period_to, due_on, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, from, to, dueOn, by, at).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertReport(long roundId, long unitId, long caseId) {
        jdbc.sql("INSERT INTO screening_report (round_id, unit_id, case_id, nil_report) VALUES (?, ?, ?, FALSE)")
                .params(roundId, unitId, caseId).update();
    }

    List<Round> rounds() {
        return jdbc.sql("SELECT id, name, period_from, period_to, due_on, created_by FROM screening_round "
                + "ORDER BY period_from DESC, id DESC").query(ScreeningStore::round).list();
    }

    Optional<Round> round(long id) {
        return jdbc.sql("SELECT id, name, period_from, period_to, due_on, created_by FROM screening_round WHERE id = ?")
                .param(id).query(ScreeningStore::round).optional();
    }

    private static Round round(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Round(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6));
    }

    private static final String REPORT = "SELECT id, round_id, unit_id, case_id, nil_report, submitted_at, submitted_by "
            + "FROM screening_report ";

    List<Report> reports(long roundId) {
        return jdbc.sql(REPORT + "WHERE round_id = ? ORDER BY unit_id").param(roundId).query(ScreeningStore::report).list();
    }

    Optional<Report> report(long roundId, long unitId) {
        return jdbc.sql(REPORT + "WHERE round_id = ? AND unit_id = ?").params(roundId, unitId)
                .query(ScreeningStore::report).optional();
    }

    private static Report report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Report(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5),
                rs.getObject(6, OffsetDateTime.class), rs.getString(7));
    }

    void submit(long reportId, boolean nil, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE screening_report SET nil_report = ?, submitted_at = ?, submitted_by = ? WHERE id = ?")
                .params(nil, at, by, reportId).update();
    }

    long addDispute(long reportId, String matter, String partiesSealed, String place, Risk risk, String measures,
                    DisputeState state) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO screening_dispute (report_id, matter, parties, place, risk, measures, state) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(reportId, matter, partiesSealed, place, risk.name(), measures, state.name()).update(keys, "id");
        return keys.getKey().longValue();
    }

    int removeDispute(long reportId, long disputeId) {
        return jdbc.sql("DELETE FROM screening_dispute WHERE id = ? AND report_id = ?").params(disputeId, reportId)
                .update();
    }

    List<Dispute> disputes(long reportId) {
        return jdbc.sql("SELECT id, report_id, matter, parties, place, risk, measures, state FROM screening_dispute "
                + "WHERE report_id = ? ORDER BY id").param(reportId).query(ScreeningStore::dispute).list();
    }

    /** The disputes of a round's submitted reports. */
    List<Dispute> submittedDisputes(long roundId) {
        return jdbc.sql("SELECT d.id, d.report_id, d.matter, d.parties, d.place, d.risk, d.measures, d.state "
                        + "FROM screening_dispute d JOIN screening_report r ON r.id = d.report_id "
                        + "WHERE r.round_id = ? AND r.submitted_at IS NOT NULL ORDER BY r.unit_id, d.id")
                .param(roundId).query(ScreeningStore::dispute).list();
    }

    private static Dispute dispute(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Dispute(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Risk.valueOf(rs.getString(6)), rs.getString(7), DisputeState.valueOf(rs.getString(8)));
    }
}
