package org.zhengwu.supervision.internal.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.supervision.ReportCycle;

/** The tables supervised_task, supervised_task_unit, _milestone, _progress and _urge. */
@Repository
class TaskStore {

    private static final String COLUMNS = "id, number, source_kind, source_title, content, lead_unit_id, leader, "
            + "deadline, cycle, public_key_task, case_id, state, status, status_reason, escalated, done_on, created_at";

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a task (its number and case come after, see {@link #numbered}); returns its id. */
    long insert(TaskSource source, String sourceTitle, NewTask t, ReportCycle cycle, boolean publicKeyTask,
                OffsetDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervised_task (number, source_kind, source_title, content, lead_unit_id, leader, deadline, "
                        + "cycle, public_key_task, case_id, state, escalated, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'IN_PROGRESS', FALSE, ?)")
                .params("new-" + java.util.UUID.randomUUID(), source.name(), sourceTitle, t.content(), t.leadUnitId(),
                        t.leader(), t.deadline(), cycle.name(), publicKeyTask, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < t.cooperating().size(); i++) {
            jdbc.sql("INSERT INTO supervised_task_unit (task_id, unit_id, position) VALUES (?, ?, ?)")
                    .params(id, t.cooperating().get(i), i + 1).update();
        }
        for (SupervisedTask.Milestone m : t.milestones()) {
            jdbc.sql("INSERT INTO supervised_task_milestone (task_id, position, due_on, title) VALUES (?, ?, ?, ?)")
                    .params(id, m.position(), m.dueOn(), m.title()).update();
        }
        return id;
    }

    void numbered(long id, String number, long caseId) {
        jdbc.sql("UPDATE supervised_task SET number = ?, case_id = ? WHERE id = ?").params(number, caseId, id).update();
    }

    Optional<SupervisedTask> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervised_task WHERE id = ?").param(id).query(this::row).optional();
    }

    Optional<SupervisedTask> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervised_task WHERE id = ? FOR UPDATE").param(id)
                .query(this::row).optional();
    }

    Optional<Long> idOfNumber(String number) {
        return jdbc.sql("SELECT id FROM supervised_task WHERE number = ?").param(number).query(Long.class).optional();
    }

    /** Every task, or those a unit leads or cooperates on (unitId not null), by number. */
    List<SupervisedTask> list(Long unitId) {
        if (unitId == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM supervised_task ORDER BY id").query(this::row).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervised_task t WHERE t.lead_unit_id = ? OR EXISTS "
                        + "(SELECT 1 FROM supervised_task_unit u WHERE u.task_id = t.id AND u.unit_id = ?) ORDER BY t.id")
                .params(unitId, unitId).query(this::row).list();
    }

    List<SupervisedTask> publicKeyTasks() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervised_task WHERE public_key_task = TRUE ORDER BY id")
                .query(this::row).list();
    }

    void state(long id, TaskState state, LocalDate doneOn) {
        jdbc.sql("UPDATE supervised_task SET state = ?, done_on = ? WHERE id = ?").params(state.name(), doneOn, id).update();
    }

    void status(long id, TaskStatus status, String reason) {
        jdbc.sql("UPDATE supervised_task SET status = ?, status_reason = ? WHERE id = ?")
                .params(status.name(), reason, id).update();
    }

    void escalated(long id) {
        jdbc.sql("UPDATE supervised_task SET escalated = TRUE WHERE id = ?").param(id).update();
    }

    void milestoneDone(long id, int position, LocalDate on) {
        jdbc.sql("UPDATE supervised_task_milestone SET done_on = ? WHERE task_id = ? AND position = ? AND done_on IS NULL")
                .params(on, id, position).update();
    }

    List<SupervisedTask.Progress> progress(long taskId) {
        return jdbc.sql("SELECT id, period_start, reported_at, reported_by, status, progress, reason, late "
                        + "FROM supervised_task_progress WHERE task_id = ? ORDER BY period_start").param(taskId)
                .query((rs, n) -> new SupervisedTask.Progress(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), TaskStatus.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getBoolean(8)))
                .list();
    }

    void addProgress(long taskId, LocalDate period, OffsetDateTime at, String by, TaskStatus status, String text,
                     String reason, boolean late) {
        jdbc.sql("INSERT INTO supervised_task_progress (task_id, period_start, reported_at, reported_by, status, progress, "
                        + "reason, late) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(taskId, period, at, by, status.name(), text, reason, late).update();
    }

    void addUrge(long taskId, long unitId, OffsetDateTime at, String by, String note) {
        jdbc.sql("INSERT INTO supervised_task_urge (task_id, unit_id, urged_at, urged_by, note) VALUES (?, ?, ?, ?, ?)")
                .params(taskId, unitId, at, by, note).update();
    }

    List<Urge> urges(long taskId) {
        return jdbc.sql("SELECT id, task_id, unit_id, urged_at, urged_by, note, seen_at FROM supervised_task_urge "
                        + "WHERE task_id = ? ORDER BY id").param(taskId)
                .query((rs, n) -> new Urge(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    void seen(long taskId, long unitId, OffsetDateTime at) {
        jdbc.sql("UPDATE supervised_task_urge SET seen_at = ? WHERE task_id = ? AND unit_id = ? AND seen_at IS NULL")
                .params(at, taskId, unitId).update();
    }

    long unseenUrges(long unitId) {
        return jdbc.sql("SELECT COUNT(DISTINCT task_id) FROM supervised_task_urge WHERE unit_id = ? AND seen_at IS NULL")
                .param(unitId).query(Long.class).single();
    }

    private SupervisedTask row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        String status = rs.getString("status");
        return new SupervisedTask(id, rs.getString("number"), TaskSource.valueOf(rs.getString("source_kind")),
                rs.getString("source_title"), rs.getString("content"), rs.getLong("lead_unit_id"), cooperating(id),
                rs.getString("leader"), rs.getObject("deadline", LocalDate.class),
                ReportCycle.valueOf(rs.getString("cycle")), rs.getBoolean("public_key_task"), rs.getLong("case_id"),
                TaskState.valueOf(rs.getString("state")), status == null ? null : TaskStatus.valueOf(status),
                rs.getString("status_reason"), rs.getBoolean("escalated"), rs.getObject("done_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class), milestones(id));
    }

    private List<Long> cooperating(long id) {
        return jdbc.sql("SELECT unit_id FROM supervised_task_unit WHERE task_id = ? ORDER BY position").param(id)
                .query(Long.class).list();
    }

    private List<SupervisedTask.Milestone> milestones(long id) {
        return jdbc.sql("SELECT position, due_on, title, done_on FROM supervised_task_milestone WHERE task_id = ? "
                        + "ORDER BY position").param(id)
                .query((rs, n) -> new SupervisedTask.Milestone(rs.getInt(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }
}
