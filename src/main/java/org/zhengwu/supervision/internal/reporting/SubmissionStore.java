package org.zhengwu.supervision.internal.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables report_submission and report_value. */
@Repository
class SubmissionStore {

    /** One figure of a received report: the unit, the period, the field and its number. */
    record Figure(long unitId, LocalDate periodStart, String fieldKey, BigDecimal value) {
    }

    private static final String COLUMNS = "id, form_id, unit_id, period_start, period_end, due_on, case_id, state, "
            + "submitted_at, late, returns, return_reason";

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the unit's own report (subject 0) of the period has been opened. */
    boolean exists(long formId, long unitId, LocalDate periodStart) {
        return jdbc.sql("SELECT COUNT(*) FROM report_submission WHERE form_id = ? AND unit_id = ? AND subject_id = 0 "
                        + "AND period_start = ?")
                .params(formId, unitId, periodStart).query(Long.class).single() > 0;
    }

    /** @param subjectId 0 for the unit's own report, else what the unit reports on (a station) */
    long insert(long formId, long unitId, long subjectId, LocalDate start, LocalDate end, LocalDate dueOn, long caseId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO report_submission (form_id, unit_id, subject_id, period_start, period_end, due_on, "
                        + "case_id, state, late, returns) VALUES (?, ?, ?, ?, ?, ?, ?, 'DUE', FALSE, 0)")
                .params(formId, unitId, subjectId, start, end, dueOn, caseId).update(key, "id");
        return key.getKey().longValue();
    }

    /** The reports of a form's subjects (subject id above 0) for one period, by subject. */
    Map<Long, Submission> ofSubjects(long formId, LocalDate periodStart) {
        Map<Long, Submission> bySubject = new LinkedHashMap<>();
        jdbc.sql("SELECT subject_id, " + COLUMNS + " FROM report_submission WHERE form_id = ? AND period_start = ? "
                        + "AND subject_id > 0 ORDER BY subject_id")
                .params(formId, periodStart).query(rs -> {
                    bySubject.put(rs.getLong("subject_id"), row(rs, 0));
                });
        return bySubject;
    }

    /** The figures of the received reports of a form's subjects over a range of periods; unitId is the subject's. */
    List<Figure> subjectFigures(long formId, LocalDate fromPeriod, LocalDate toPeriod) {
        return figures("subject_id", formId, fromPeriod, toPeriod);
    }

    Optional<Submission> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE id = ?").param(id)
                .query(SubmissionStore::row).optional();
    }

    /** The row, locked for a step. */
    Optional<Submission> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE id = ? FOR UPDATE").param(id)
                .query(SubmissionStore::row).optional();
    }

    Optional<Submission> findByCase(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE case_id = ?").param(caseId)
                .query(SubmissionStore::row).optional();
    }

    /** A form's reports of one period, by unit. */
    List<Submission> ofPeriod(long formId, LocalDate periodStart) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE form_id = ? AND period_start = ? "
                        + "ORDER BY unit_id").params(formId, periodStart).query(SubmissionStore::row).list();
    }

    /** A unit's reports (any form), the ones it has to work on first, then the newest. */
    List<Submission> ofUnit(long unitId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE unit_id = ? ORDER BY "
                        + "CASE WHEN state IN ('DUE', 'RETURNED') THEN 0 ELSE 1 END, period_start DESC, id DESC")
                .param(unitId).query(SubmissionStore::row).list().stream().limit(limit).toList();
    }

    /** How many reports wait on the unit (due or returned). */
    long waitingOn(long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM report_submission WHERE unit_id = ? AND state IN ('DUE', 'RETURNED')")
                .param(unitId).query(Long.class).single();
    }

    List<Submission> waitingForSupervisorList(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE state = 'SUBMITTED' "
                + "ORDER BY submitted_at, id").query(SubmissionStore::row).list().stream().limit(limit).toList();
    }

    long waitingForSupervisor() {
        return jdbc.sql("SELECT COUNT(*) FROM report_submission WHERE state = 'SUBMITTED'").query(Long.class).single();
    }

    /** Reports still with their unit whose period deadline has passed, for the overdue view. */
    List<Submission> overdue(LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_submission WHERE state IN ('DUE', 'RETURNED') "
                + "AND due_on < ? ORDER BY due_on, unit_id").param(today).query(SubmissionStore::row).list();
    }

    /** The periods of a form that have reports, newest first. */
    List<LocalDate> periods(long formId) {
        return jdbc.sql("SELECT DISTINCT period_start FROM report_submission WHERE form_id = ? ORDER BY period_start DESC")
                .param(formId).query((rs, n) -> rs.getObject(1, LocalDate.class)).list();
    }

    void submitted(long id, OffsetDateTime at, boolean late) {
        jdbc.sql("UPDATE report_submission SET state = 'SUBMITTED', submitted_at = ?, late = ? WHERE id = ?")
                .params(at, late, id).update();
    }

    void returned(long id, String reason) {
        jdbc.sql("UPDATE report_submission SET state = 'RETURNED', returns = returns + 1, return_reason = ? WHERE id = ?")
                .params(reason, id).update();
    }

    void approved(long id) {
        jdbc.sql("UPDATE report_submission SET state = 'APPROVED' WHERE id = ?").param(id).update();
    }

    Map<String, StoredValue> values(long submissionId) {
        Map<String, StoredValue> values = new LinkedHashMap<>();
        jdbc.sql("SELECT field_key, text_value, number_value, date_value FROM report_value WHERE submission_id = ?")
                .param(submissionId).query(rs -> {
                    values.put(rs.getString(1), new StoredValue(rs.getString(2), rs.getBigDecimal(3),
                            rs.getObject(4, LocalDate.class)));
                });
        return values;
    }

    void replaceValues(long submissionId, Map<String, StoredValue> values) {
        jdbc.sql("DELETE FROM report_value WHERE submission_id = ?").param(submissionId).update();
        values.forEach((k, v) -> jdbc.sql("INSERT INTO report_value (submission_id, field_key, text_value, number_value, "
                + "date_value) VALUES (?, ?, ?, ?, ?)").params(submissionId, k, v.text(), v.number(), v.date()).update());
    }

    /** The figures of the received (submitted or approved) reports of a form over a range of periods. */
    List<Figure> figures(long formId, LocalDate fromPeriod, LocalDate toPeriod) {
        return figures("unit_id", formId, fromPeriod, toPeriod);
    }

    /** By unit (every report of the form: a unit's subjects' reports add up to the unit's) or by subject. */
    private List<Figure> figures(String by, long formId, LocalDate fromPeriod, LocalDate toPeriod) {
        String column = "subject_id".equals(by) ? "s.subject_id" : "s.unit_id";
        return jdbc.sql("SELECT " + column + ", s.period_start, v.field_key, v.number_value FROM report_submission s "
                        + "JOIN report_value v ON v.submission_id = s.id WHERE s.form_id = ? AND s.period_start >= ? "
                        + "AND s.period_start <= ? AND s.state IN ('SUBMITTED', 'APPROVED') AND v.number_value IS NOT NULL "
                        + ("subject_id".equals(by) ? "AND s.subject_id > 0 " : "") + "ORDER BY " + column + ", s.period_start")
                .params(formId, fromPeriod, toPeriod)
                .query((rs, n) -> new Figure(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4)))
                .list();
    }

    private static Submission row(ResultSet rs, int n) throws SQLException {
        return new Submission(rs.getLong("id"), rs.getLong("form_id"), rs.getLong("unit_id"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getLong("case_id"),
                SubmissionState.valueOf(rs.getString("state")), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getBoolean("late"), rs.getInt("returns"), rs.getString("return_reason"));
    }
}
