package org.zhengwu.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseView;

/** The tables case_record and case_event. Times are read back in the application's zone (PostgreSQL gives UTC). */
@Repository
class CaseStore {

    static final String COLUMNS = "id, type_code, reference, subject, category, state, phase, owner_unit_id, "
            + "handler_account_id, opened_at, assigned_on, deadline, closed_at, extension_days, version, "
            + "extension_reason, extended_days, paused_on, pause_kind, pause_reason, paused_days, calendar_days";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(CaseFile f) {
        CaseView v = f.view();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_record (type_code, reference, subject, category, state, phase, owner_unit_id, "
                        + "handler_account_id, opened_at, assigned_on, deadline, closed_at, closed_on, extension_days, "
                        + "extension_reason, extended_days, calendar_days, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")
                .params(v.typeCode(), v.reference(), v.subject(), v.category(), v.state(), v.phase().name(),
                        v.ownerUnitId(), v.handlerAccountId(), v.openedAt(), v.assignedOn(), v.deadline(),
                        v.closedAt(), day(v.closedAt()), v.extensionRequested(), f.extensionReason(), f.extendedDays(),
                        v.calendarDays())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean referenceTaken(String typeCode, String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM case_record WHERE type_code = ? AND reference = ?")
                .params(typeCode, reference).query(Long.class).single() > 0;
    }

    Optional<CaseFile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_record WHERE id = ?").param(id).query(this::file).optional();
    }

    Optional<CaseFile> findByReference(String typeCode, String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_record WHERE type_code = ? AND reference = ?")
                .params(typeCode, reference).query(this::file).optional();
    }

    /** The case's row, locked until the transaction ends: steps on one case are taken one after the other. */
    Optional<CaseFile> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_record WHERE id = ? FOR UPDATE").param(id)
                .query(this::file).optional();
    }

    /** Writes the case as changed from the version read; false (and nothing written) if that version is gone. */
    boolean update(CaseFile next) {
        CaseView v = next.view();
        return jdbc.sql("UPDATE case_record SET state = ?, phase = ?, owner_unit_id = ?, handler_account_id = ?, "
                        + "assigned_on = ?, deadline = ?, closed_at = ?, closed_on = ?, extension_days = ?, "
                        + "extension_reason = ?, extended_days = ?, paused_on = ?, pause_kind = ?, pause_reason = ?, "
                        + "paused_days = ?, calendar_days = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(v.state(), v.phase().name(), v.ownerUnitId(), v.handlerAccountId(), v.assignedOn(),
                        v.deadline(), v.closedAt(), day(v.closedAt()), v.extensionRequested(), next.extensionReason(),
                        next.extendedDays(), v.pause() == null ? null : v.pause().since(),
                        v.pause() == null ? null : v.pause().kind(), v.pause() == null ? null : v.pause().reason(),
                        next.pausedDays(), v.calendarDays(), v.id(), v.version())
                .update() == 1;
    }

    void addEvent(long caseId, OffsetDateTime at, CaseRules.Entry e, Long actorId, String actorName) {
        jdbc.sql("INSERT INTO case_event (case_id, happened_at, action, actor_id, actor_name, from_state, to_state, "
                        + "from_unit_id, to_unit_id, deadline, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                .params(caseId, at, e.action().name(), actorId, actorName, e.fromState(), e.toState(), e.fromUnitId(),
                        e.toUnitId(), e.deadline(), e.note() == null || e.note().isEmpty() ? null : e.note())
                .update();
    }

    List<CaseEvent> history(long caseId) {
        return jdbc.sql("SELECT case_id, happened_at, action, actor_name, from_state, to_state, from_unit_id, "
                        + "to_unit_id, deadline, note FROM case_event WHERE case_id = ? ORDER BY id")
                .param(caseId)
                .query((rs, n) -> new CaseEvent(rs.getLong(1), inZone(rs.getObject(2, OffsetDateTime.class)), CaseEvent.Action.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class),
                        rs.getObject(8, Long.class), rs.getObject(9, LocalDate.class),
                        rs.getString(10) == null ? "" : rs.getString(10)))
                .list();
    }

    CaseFile file(ResultSet rs, int n) throws SQLException {
        CaseView v = new CaseView(rs.getLong("id"), rs.getString("type_code"), rs.getString("reference"),
                rs.getString("subject"), rs.getString("category"), rs.getString("state"),
                CasePhase.valueOf(rs.getString("phase")), rs.getObject("owner_unit_id", Long.class),
                rs.getObject("handler_account_id", Long.class), inZone(rs.getObject("opened_at", OffsetDateTime.class)),
                rs.getObject("assigned_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                inZone(rs.getObject("closed_at", OffsetDateTime.class)), rs.getObject("extension_days", Integer.class),
                rs.getLong("version"), pause(rs), rs.getBoolean("calendar_days"));
        return new CaseFile(v, rs.getString("extension_reason"), rs.getInt("extended_days"), rs.getInt("paused_days"));
    }

    private static CaseView.Pause pause(ResultSet rs) throws SQLException {
        LocalDate since = rs.getObject("paused_on", LocalDate.class);
        return since == null ? null
                : new CaseView.Pause(rs.getString("pause_kind"), rs.getString("pause_reason"), since);
    }

    /** The day of a time in the application's zone. */
    LocalDate day(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private OffsetDateTime inZone(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }
}
