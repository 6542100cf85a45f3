package org.zhengwu.supervision.internal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;

/**
 * What people read of supervised tasks: the supervisors every task, a unit's staff the tasks it leads or cooperates
 * on; each with its mark; one task with its progress, 催办 and history (the lead unit opening it marks its 催办 seen);
 * the leader's view of everything red; the ledger's rows.
 */
@Service
public class TaskViews {

    /** A task with its mark, as lists show it. */
    public record Row(SupervisedTask task, TaskMarks.Verdict verdict, SupervisedTask.Progress latest) {
    }

    /** One task's page. */
    public record Page(SupervisedTask task, TaskMarks.Verdict verdict, List<SupervisedTask.Progress> progress,
                       List<Urge> urges, List<CaseEvent> history, LocalDate nextPeriod,
                       LocalDate nextDue, boolean mayReport, boolean supervisor) {
    }

    private final TaskStore store;
    private final Cases cases;
    private final WorkingDays workingDays;
    private final UnitScope scope;
    private final Clock clock;

    TaskViews(TaskStore store, Cases cases, WorkingDays workingDays, UnitScope scope, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.workingDays = workingDays;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Row> list() {
        StaffPrincipal p = scope.staff();
        Long unit = unitOf(p);
        return rows(store.list(unit));
    }

    private List<Row> rows(List<SupervisedTask> tasks) {
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate today = LocalDate.now(clock);
        return tasks.stream().map(t -> {
            List<SupervisedTask.Progress> progress = store.progress(t.id());
            return new Row(t, TaskMarks.of(t, progress, calendar, today),
                    progress.isEmpty() ? null : progress.get(progress.size() - 1));
        }).toList();
    }

    /** The supervisors see every task; a unit's staff their unit's; others nothing. Null means every task. */
    private static Long unitOf(StaffPrincipal p) {
        if (p.role() == StaffRole.SUPERVISOR) {
            return null;
        }
        if (p.unitId() != null && (p.role() == StaffRole.EDITOR || p.role() == StaffRole.CASE_HANDLER
                || p.role() == StaffRole.UNIT_REVIEWER)) {
            return p.unitId();
        }
        throw new AccessDeniedException("supervised tasks are the supervisors' and the units' work");
    }

    @Transactional
    public Page page(long id) {
        SupervisedTask t = store.find(id).orElseThrow(() -> new NotFound("tasks.not-found"));
        StaffPrincipal p = scope.staff();
        Long unit = unitOf(p);
        boolean lead = unit != null && unit == t.leadUnitId();
        if (unit != null && !lead && !t.cooperating().contains(unit)) {
            throw new AccessDeniedException("task " + id + " is not the unit's");
        }
        if (lead) {
            store.seen(id, unit, OffsetDateTime.now(clock));
        }
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate today = LocalDate.now(clock);
        List<SupervisedTask.Progress> progress = store.progress(id);
        LocalDate next = TaskMarks.nextPeriod(t, progress, today);
        return new Page(t, TaskMarks.of(t, progress, calendar, today), progress, store.urges(id),
                cases.history(t.caseId()), next, next == null ? null : TaskMarks.due(t, next, calendar),
                lead && t.open() && next != null, unit == null);
    }

    @Transactional(readOnly = true)
    public long idOfNumber(String number) {
        return store.idOfNumber(number).orElseThrow(() -> new NotFound("tasks.not-found"));
    }

    /** The leader's view (督办超期): every red task, the escalated first, then by deadline. */
    @Transactional(readOnly = true)
    public List<Row> overdue() {
        scope.requireRole(StaffRole.SUPERVISOR);
        return rows(store.list(null)).stream().filter(r -> r.verdict().mark() == TaskMark.RED)
                .sorted(Comparator.comparing((Row r) -> !r.task().escalated()).thenComparing(r -> r.task().deadline()))
                .toList();
    }

    /** The ledger (台账): every task, for the supervisors. */
    @Transactional(readOnly = true)
    public List<Row> ledger() {
        scope.requireRole(StaffRole.SUPERVISOR);
        return rows(store.list(null));
    }

    /** Tasks of the person's unit with a 催办 nobody of the unit has opened yet. */
    @Transactional(readOnly = true)
    public long unseenUrges(StaffPrincipal p) {
        return p.unitId() == null || p.role() == null || !(p.role() == StaffRole.EDITOR
                || p.role() == StaffRole.CASE_HANDLER || p.role() == StaffRole.UNIT_REVIEWER)
                ? 0 : store.unseenUrges(p.unitId());
    }

}
