package org.zhengwu.supervision.internal.tasks;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.ReportCycle;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The steps of supervised tasks, each one command that checks who acts, changes the task and its case together and
 * is audited: the supervisor's import of a document's tasks (all or nothing), the lead unit's progress reports (a
 * reason for 滞后; 已办结 closes the case), the supervisor's confirmation or sending back, 催办 (a history line, a
 * console count and an e-mail to the lead unit after commit) and 提级督办.
 */
@Service
public class SupervisedTasks {

    /** Who the history names when the system acts (the demo). */
    static final String SYSTEM = "系统";

    private final TaskStore store;
    private final Cases cases;
    private final WorkingDays workingDays;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final SiteDirectory sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisedTasks(TaskStore store, Cases cases, WorkingDays workingDays, UnitScope scope, AuditTrail audit,
                    SiteDirectory sites, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.workingDays = workingDays;
        this.scope = scope;
        this.audit = audit;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    /** What the import form sets for all the rows. */
    public record Batch(String source, String sourceTitle, String cycle, boolean publicKeyTasks, String defaultUnit,
                        String defaultLeader, String defaultDeadline) {
    }

    /** Imports pasted lines; returns the new tasks' numbers. */
    @Transactional
    public List<String> importPasted(Batch batch, String text) {
        return importRows(batch, () -> TaskRows.pasted(text));
    }

    /** Imports the first sheet of an .xlsx workbook; returns the new tasks' numbers. */
    @Transactional
    public List<String> importWorkbook(Batch batch, InputStream in) {
        scope.requireRole(StaffRole.SUPERVISOR);
        return importRows(batch, () -> TaskWorkbookReader.read(in));
    }

    private List<String> importRows(Batch b, java.util.function.Supplier<List<TaskRows.Row>> read) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        List<InvalidReport.Problem> problems = new ArrayList<>();
        List<TaskRows.Row> rows = List.of();
        try {
            rows = read.get();
        } catch (InvalidReport e) {
            problems.addAll(e.problems());
        }
        TaskSource source = parse(TaskSource.class, b.source(), "tasks.import.source", problems);
        ReportCycle cycle = parse(ReportCycle.class, b.cycle(), "tasks.import.cycle", problems);
        String title = b.sourceTitle() == null ? "" : b.sourceTitle().strip();
        if (title.isEmpty() || title.length() > 100) {
            problems.add(new InvalidReport.Problem("sourceTitle", "tasks.import.source-title", new Object[0]));
        }
        Long unit = b.defaultUnit() == null || b.defaultUnit().isBlank() ? null : unitByName(b.defaultUnit()).orElse(null);
        String leader = b.defaultLeader() == null || b.defaultLeader().isBlank() ? null : b.defaultLeader().strip();
        LocalDate deadline = TaskRows.date(b.defaultDeadline());
        LocalDate today = LocalDate.now(clock);
        List<NewTask> tasks = List.of();
        if (problems.isEmpty() || !rows.isEmpty()) {
            try {
                tasks = new TaskRows(this::unitByName, today, new TaskRows.Defaults(unit, leader, deadline)).read(rows);
            } catch (InvalidReport e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> numbers = new ArrayList<>();
        for (NewTask t : tasks) {
            long id = store.insert(source, title, t, cycle, b.publicKeyTasks(), now);
            String number = "DB" + today.getYear() + "-" + String.format("%05d", id);
            int days = Math.max(1, workingDays.workingDaysBetween(today, t.deadline()));
            String subject = t.content().length() > 200 ? t.content().substring(0, 199) + "…" : t.content();
            long caseId = cases.open(new NewCase(SupervisedTaskType.CODE, number, subject, source.name(),
                    t.leadUnitId(), days));
            store.numbered(id, number, caseId);
            numbers.add(number);
            if (b.publicKeyTasks()) {
                events.publishEvent(new KeyTasksChanged(id));
            }
            audit.record(AuditEvent.of("tasks.import", "supervised-task", number, t.leadUnitId(),
                    title + "：" + subject));
        }
        return numbers;
    }

    private Optional<Long> unitByName(String name) {
        String n = name.strip();
        return sites.units().stream().filter(u -> u.name().equals(n) || u.code().equals(n)).map(Unit::id).findFirst();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key,
                                               List<InvalidReport.Problem> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidReport.Problem(null, key, new Object[0]));
            return null;
        }
    }

    /**
     * The lead unit reports progress for the earliest period without a report: a status, what was done, a reason
     * when 滞后, and the milestones it finished. 已办结 closes the case for the supervisor to confirm.
     */
    @Transactional
    public SupervisedTask reportProgress(long id, String status, String progress, String reason, List<Integer> milestones) {
        SupervisedTask t = store.lock(id).orElseThrow(() -> new NotFound("tasks.not-found"));
        // the lead unit's staff, or the system itself (the demo's sample reports)
        StaffPrincipal p = scope.requireRoleOrSystem(StaffRole.EDITOR, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER)
                .orElse(null);
        if (p != null && !Objects.equals(p.unitId(), t.leadUnitId())) {
            throw new AccessDeniedException("only the lead unit's staff report progress");
        }
        if (!t.open()) {
            throw new RuleViolation("tasks.progress.closed");
        }
        TaskStatus s;
        try {
            s = TaskStatus.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("tasks.progress.status");
        }
        String text = progress == null ? "" : progress.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new RuleViolation("tasks.progress.text-missing");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (s.needsReason() && why == null) {
            throw new RuleViolation("tasks.progress.reason-missing");
        }
        if (why != null && why.length() > 1000) {
            throw new RuleViolation("tasks.progress.reason-long");
        }
        LocalDate today = LocalDate.now(clock);
        List<SupervisedTask.Progress> before = store.progress(id);
        LocalDate period = TaskMarks.nextPeriod(t, before, today);
        if (period == null) {
            throw new RuleViolation("tasks.progress.already");
        }
        boolean late = today.isAfter(TaskMarks.due(t, period, workingDays.calendar()));
        store.addProgress(id, period, OffsetDateTime.now(clock), p == null ? SYSTEM : p.displayName(), s, text, why, late);
        store.status(id, s, why);
        for (Integer m : milestones == null ? List.<Integer>of() : milestones) {
            store.milestoneDone(id, m, today);
        }
        if (s == TaskStatus.DONE) {
            store.state(id, TaskState.DONE_REPORTED, today);
            cases.move(t.caseId(), CaseStep.to(TaskState.DONE_REPORTED.name(), text));
        }
        changed(t);
        audit.record(AuditEvent.of("tasks.progress", "supervised-task", t.number(), t.leadUnitId(),
                s + (late ? " late" : "") + " " + t.cycle().label(period)));
        return store.find(id).orElseThrow();
    }

    /** The supervisor confirms a task reported done (办结). */
    @Transactional
    public SupervisedTask confirmDone(long id) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        SupervisedTask t = reportedDone(id);
        store.state(id, TaskState.COMPLETED, t.doneOn());
        cases.move(t.caseId(), CaseStep.to(TaskState.COMPLETED.name(), "确认办结"));
        changed(t);
        audit.record(AuditEvent.of("tasks.complete", "supervised-task", t.number(), t.leadUnitId(), ""));
        return store.find(id).orElseThrow();
    }

    /** The supervisor sends a task reported done back to the lead unit, with a reason; its deadline stands. */
    @Transactional
    public SupervisedTask sendBack(long id, String reason) {
        scope.requireRole(StaffRole.SUPERVISOR);
        String r = required(reason, "tasks.send-back.reason");
        SupervisedTask t = reportedDone(id);
        store.state(id, TaskState.IN_PROGRESS, null);
        store.status(id, TaskStatus.ON_TRACK, null);
        cases.move(t.caseId(), CaseStep.to(TaskState.IN_PROGRESS.name(), r));
        changed(t);
        audit.record(AuditEvent.of("tasks.send-back", "supervised-task", t.number(), t.leadUnitId(), r));
        return store.find(id).orElseThrow();
    }

    /** 催办: a line in the case's history, a count on the lead unit's console and, after commit, an e-mail to it. */
    @Transactional
    public SupervisedTask urge(long id, String note) {
        StaffPrincipal p = scope.requireRoleOrSystem(StaffRole.SUPERVISOR).orElse(null);
        String n = required(note, "tasks.urge.note");
        SupervisedTask t = openTask(id);
        store.addUrge(id, t.leadUnitId(), OffsetDateTime.now(clock), p == null ? SYSTEM : p.displayName(), n);
        cases.move(t.caseId(), CaseStep.to(TaskState.IN_PROGRESS.name(), "催办：" + n));
        audit.record(AuditEvent.of("tasks.urge", "supervised-task", t.number(), t.leadUnitId(), n));
        events.publishEvent(new TaskUrged(id, t.number(), t.content(), t.leadUnitId(), t.deadline(), n));
        return t;
    }

    /** 提级督办: the task is marked escalated, shown as such on the leader's view, with the reason in its history. */
    @Transactional
    public SupervisedTask escalate(long id, String reason) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        String r = required(reason, "tasks.escalate.reason");
        SupervisedTask t = openTask(id);
        if (t.escalated()) {
            throw new RuleViolation("tasks.escalate.already");
        }
        store.escalated(id);
        cases.move(t.caseId(), CaseStep.to(TaskState.IN_PROGRESS.name(), "提级督办：" + r));
        audit.record(AuditEvent.of("tasks.escalate", "supervised-task", t.number(), t.leadUnitId(), r));
        return store.find(id).orElseThrow();
    }

    /** A public key task changed: its page follows after commit. */
    private void changed(SupervisedTask t) {
        if (t.publicKeyTask()) {
            events.publishEvent(new KeyTasksChanged(t.id()));
        }
    }

    private SupervisedTask openTask(long id) {
        SupervisedTask t = store.lock(id).orElseThrow(() -> new NotFound("tasks.not-found"));
        if (!t.open()) {
            throw new RuleViolation("tasks.not-open");
        }
        return t;
    }

    private SupervisedTask reportedDone(long id) {
        SupervisedTask t = store.lock(id).orElseThrow(() -> new NotFound("tasks.not-found"));
        if (t.state() != TaskState.DONE_REPORTED) {
            throw new RuleViolation("tasks.not-reported-done");
        }
        return t;
    }

    private static String required(String text, String key) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new RuleViolation(key);
        }
        if (t.length() > 1000) {
            throw new RuleViolation("tasks.text.too-long", 1000);
        }
        return t;
    }
}
