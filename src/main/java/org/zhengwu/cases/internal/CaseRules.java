package org.zhengwu.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.NewCase;
import org.zhengwu.cases.TimeLimit;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.platform.RuleViolation;

/**
 * The engine's rules for every step of a case of one flow, on one day, in plain Java: each step either refuses with
 * a {@link RuleViolation} (keys {@code cases.*}) or returns the case as it is after the step and the lines it adds to
 * the history. Who may take a step is not decided here but by {@link CaseAccess}; storing, auditing and locking by
 * {@link CaseEngine}.
 *
 * <p>The phases stay consistent whatever the type's flow says: a case with the dispatcher (UNASSIGNED) has no unit
 * and no deadline; an OPEN case has both; only {@link #assign} and {@link #open} give a unit, only
 * {@link #returnToDispatcher} takes it back from an open case.
 */
final class CaseRules {

    static final int MAX_WORKING_DAYS = CaseFile.MAX_WORKING_DAYS;
    static final int MAX_NOTE = CaseFile.MAX_NOTE;
    static final int MAX_REFERENCE = 64;
    static final int MAX_SUBJECT = 200;
    static final int MAX_CATEGORY = 50;

    /** One line for the history, before the engine adds when and who. */
    record Entry(Action action, String fromState, String toState, Long fromUnitId, Long toUnitId, LocalDate deadline,
                 String note) {
    }

    /** The case after a step and what the history gains. */
    record Change(CaseFile next, List<Entry> entries) {
    }

    private final CaseFlow flow;
    private final WorkingDayCalendar calendar;
    private final LocalDate today;
    private final OffsetDateTime now;

    CaseRules(CaseFlow flow, WorkingDayCalendar calendar, LocalDate today, OffsetDateTime now) {
        this.flow = flow;
        this.calendar = calendar;
        this.today = today;
        this.now = now;
    }

    /**
     * A new case in the flow's first state (its id is 0 until stored). With an owner unit it runs from today: in the
     * first state if that is an open one, else assigned at once to the flow's only open state one move away (a
     * letter routed by its mailbox goes from RECEIVED straight to ASSIGNED).
     */
    Change open(NewCase c) {
        String reference = required(c.reference(), "cases.reference.empty", MAX_REFERENCE, "cases.reference.too-long");
        String subject = required(c.subject(), "cases.subject.empty", MAX_SUBJECT, "cases.subject.too-long");
        String category = c.category() == null || c.category().isBlank() ? null : c.category().strip();
        if (category != null && category.length() > MAX_CATEGORY) {
            throw new RuleViolation("cases.category.too-long", MAX_CATEGORY);
        }
        String first = flow.initialState();
        CasePhase phase = flow.phaseOf(first);
        CaseFile opened = new CaseFile(new CaseView(0, c.typeCode(), reference, subject, category, first, phase, null,
                null, now, null, null, null, null, 0), null, 0);
        Entry openedEntry = new Entry(Action.OPENED, null, first, null, null, null, null);
        if (c.ownerUnitId() == null) {
            if (phase == CasePhase.OPEN) {
                throw new RuleViolation("cases.unit.required");
            }
            return new Change(opened, List.of(openedEntry));
        }
        TimeLimit days = limit(c.limit());
        if (phase == CasePhase.OPEN) {
            CaseFile.Draft d = opened.draft();
            runFromToday(d, c.ownerUnitId(), days);
            return new Change(d.done(), List.of(new Entry(Action.OPENED, null, first, null, c.ownerUnitId(),
                    d.deadline, null)));
        }
        String assigned = onlyOpenStateAfter(first);
        Change assign = assign(opened, c.ownerUnitId(), days, CaseStep.to(assigned, ""));
        return new Change(assign.next(), List.of(openedEntry, assign.entries().get(0)));
    }

    /** The dispatcher gives a case to a unit: the deadline is the given working days after today. */
    Change assign(CaseFile f, long unitId, int workingDays, CaseStep step) {
        return assign(f, unitId, TimeLimit.workingDays(workingDays), step);
    }

    /** The dispatcher gives a case to a unit: the deadline is the given working or calendar days after today. */
    Change assign(CaseFile f, long unitId, TimeLimit limit, CaseStep step) {
        CaseView v = f.view();
        if (v.phase() != CasePhase.UNASSIGNED) {
            throw new RuleViolation("cases.assign.not-unassigned", v.reference());
        }
        String to = allowedMove(v, step);
        if (flow.phaseOf(to) != CasePhase.OPEN) {
            throw new RuleViolation("cases.assign.state", to);
        }
        TimeLimit days = limit(limit);
        String note = note(step.note());
        CaseFile.Draft d = f.draft();
        d.state = to;
        d.phase = CasePhase.OPEN;
        d.handlerAccountId = null;
        runFromToday(d, unitId, days);
        return change(d, new Entry(Action.ASSIGNED, v.state(), to, null, unitId, d.deadline, note));
    }

    /**
     * A move along the flow. Into a closed state: the closing time is recorded and a pending extension request
     * lapses. Out of a closed one: the case is reopened. Into an open state the case must have a unit; into the
     * dispatcher's states only from a closed or unassigned one (an open case goes back by {@link #returnToDispatcher},
     * with a reason).
     */
    Change move(CaseFile f, CaseStep step) {
        CaseView v = f.view();
        String to = allowedMove(v, step);
        CasePhase toPhase = flow.phaseOf(to);
        String note = note(step.note());
        CaseFile.Draft d = f.draft();
        switch (toPhase) {
            case UNASSIGNED -> {
                if (v.phase() == CasePhase.OPEN) {
                    throw new RuleViolation("cases.move.use-return", to);
                }
                d.unassign();
            }
            case OPEN -> {
                if (v.ownerUnitId() == null) {
                    throw new RuleViolation("cases.move.not-assigned", to);
                }
            }
            case CLOSED -> {
                d.closedAt = now;
                d.dropExtensionRequest();
            }
        }
        if (step.restartWorkingDays() != null) {
            if (toPhase != CasePhase.OPEN) {
                throw new RuleViolation("cases.move.restart-closed", to);
            }
            requireRunning(v);
            runFromToday(d, v.ownerUnitId(), limit(step.restartLimit()));
        }
        // closing a paused case ends the pause first, so the time it was paused is not counted against it
        Entry resumed = toPhase == CasePhase.CLOSED && v.paused() ? endPause(d, "") : null;
        boolean reopened = v.phase() == CasePhase.CLOSED && toPhase != CasePhase.CLOSED;
        if (reopened) {
            d.closedAt = null;
        }
        d.state = to;
        d.phase = toPhase;
        Entry moved = new Entry(reopened ? Action.REOPENED : Action.MOVED, v.state(), to, v.ownerUnitId(),
                d.ownerUnitId, d.deadline, note);
        return new Change(d.done(), resumed == null ? List.of(moved) : List.of(resumed, moved));
    }

    /** Names the handler (checked by the engine to be of the owning unit), or nobody. */
    Change setHandler(CaseFile f, Long accountId, String handlerName) {
        CaseView v = f.view();
        if (accountId != null && v.ownerUnitId() == null) {
            throw new RuleViolation("cases.handler.no-unit", v.reference());
        }
        CaseFile.Draft d = f.draft();
        d.handlerAccountId = accountId;
        return change(d, new Entry(Action.HANDLER_SET, v.state(), v.state(), v.ownerUnitId(), v.ownerUnitId(),
                v.deadline(), handlerName));
    }

    /**
     * Hands an open case to another unit with a reason; the new unit gets {@code workingDays} from today, or the
     * same deadline when null. The handler and a pending extension request belonged to the old unit and lapse.
     */
    Change transfer(CaseFile f, long toUnitId, String reason, Integer workingDays) {
        CaseView v = f.view();
        if (v.phase() != CasePhase.OPEN) {
            throw new RuleViolation("cases.transfer.not-open", v.reference());
        }
        if (v.ownerUnitId() == toUnitId) {
            throw new RuleViolation("cases.transfer.unit.same");
        }
        requireRunning(v);
        String why = reason(reason);
        TimeLimit days = workingDays == null ? null
                : limit(new TimeLimit(workingDays, v.calendarDays()));
        CaseFile.Draft d = f.draft();
        d.handlerAccountId = null;
        d.dropExtensionRequest();
        if (days == null) {
            d.ownerUnitId = toUnitId;
        } else {
            runFromToday(d, toUnitId, days);
        }
        return change(d, new Entry(Action.TRANSFERRED, v.state(), v.state(), v.ownerUnitId(), toUnitId, d.deadline,
                why));
    }

    /** "Not ours" (退回): the case goes back to the dispatcher, in a state of the dispatcher's phase. */
    Change returnToDispatcher(CaseFile f, String reason, String toState) {
        CaseView v = f.view();
        if (v.phase() != CasePhase.OPEN) {
            throw new RuleViolation("cases.return.not-open", v.reference());
        }
        requireRunning(v);
        String why = reason(reason);
        String to = allowedMove(v, new CaseStep(toState, why, null));
        if (flow.phaseOf(to) != CasePhase.UNASSIGNED) {
            throw new RuleViolation("cases.return.state", to);
        }
        CaseFile.Draft d = f.draft();
        d.unassign();
        d.state = to;
        d.phase = CasePhase.UNASSIGNED;
        return change(d, new Entry(Action.RETURNED, v.state(), to, v.ownerUnitId(), null, null, why));
    }

    /** Asks for more working days; one request at a time. */
    Change requestExtension(CaseFile f, int workingDays, String reason) {
        CaseView v = f.view();
        if (v.phase() != CasePhase.OPEN) {
            throw new RuleViolation("cases.extension.not-open", v.reference());
        }
        if (v.extensionRequested() != null) {
            throw new RuleViolation("cases.extension.pending", v.extensionRequested());
        }
        requireRunning(v);
        int days = workingDays(workingDays);
        String why = reason(reason);
        CaseFile.Draft d = f.draft();
        d.extensionRequested = days;
        d.extensionReason = why;
        // the history keeps what was asked, not only why: the decision may come days later
        return change(d, new Entry(Action.EXTENSION_REQUESTED, v.state(), v.state(), v.ownerUnitId(),
                v.ownerUnitId(), v.deadline(), "延期 " + days + " " + TimeLimit.unit(v.calendarDays()) + "：" + why));
    }

    /**
     * Approves the pending request (the deadline moves on by the requested working days, counted from the old
     * deadline) or refuses it; a refusal needs a reason, an approval may have one.
     */
    Change decideExtension(CaseFile f, boolean approve, String reason) {
        CaseView v = f.view();
        if (v.extensionRequested() == null || v.phase() != CasePhase.OPEN) {
            throw new RuleViolation("cases.extension.none", v.reference());
        }
        String why = approve ? note(reason) : reason(reason);
        CaseFile.Draft d = f.draft();
        if (approve) {
            d.deadline = TimeLimit.after(v.deadline(), v.extensionRequested(), v.calendarDays(), calendar);
            d.extendedDays += v.extensionRequested();
        }
        d.dropExtensionRequest();
        return change(d, new Entry(approve ? Action.EXTENSION_APPROVED : Action.EXTENSION_REFUSED, v.state(),
                v.state(), v.ownerUnitId(), v.ownerUnitId(), d.deadline, why));
    }

    /**
     * Stops the clock of an open case (暂停计时) for a kind its type names ({@code label}: the kind's name for the
     * history, null for a kind the type does not know) and a reason. Today still counts against the case; see
     * {@link #resume}.
     */
    Change pause(CaseFile f, String kind, String label, String reason) {
        CaseView v = f.view();
        if (v.phase() != CasePhase.OPEN) {
            throw new RuleViolation("cases.pause.not-open", v.reference());
        }
        if (v.paused()) {
            throw new RuleViolation("cases.pause.already", v.reference(), v.pause().since());
        }
        if (label == null) {
            throw new RuleViolation("cases.pause.kind.unknown", kind);
        }
        String why = reason(reason);
        CaseFile.Draft d = f.draft();
        d.pause = new CaseView.Pause(kind, why, today);
        return change(d, new Entry(Action.PAUSED, v.state(), v.state(), v.ownerUnitId(), v.ownerUnitId(),
                v.deadline(), label + "：" + why));
    }

    /**
     * Starts the clock again. The paused working days are those after the pause day up to and including today (the
     * same count as a deadline's: the day the clock stopped still counted against the case, today does not, so the
     * remaining days run from tomorrow); the deadline moves later by as many working days. Paused and resumed on the
     * same day: nothing moves.
     */
    Change resume(CaseFile f, String note) {
        CaseView v = f.view();
        if (!v.paused()) {
            throw new RuleViolation("cases.resume.not-paused", v.reference());
        }
        String text = note(note);
        CaseFile.Draft d = f.draft();
        return change(d, endPause(d, text));
    }

    /** The days (of the case's kind) a pause since {@code since} has lasted today. */
    int pausedDays(LocalDate since, boolean calendarDays) {
        return Math.max(0, TimeLimit.between(since, today, calendarDays, calendar));
    }

    private Entry endPause(CaseFile.Draft d, String note) {
        int days = pausedDays(d.pause.since(), d.calendarDays);
        d.deadline = days == 0 ? d.deadline : TimeLimit.after(d.deadline, days, d.calendarDays, calendar);
        d.pausedDays += days;
        d.pause = null;
        return new Entry(Action.RESUMED, d.state, d.state, d.ownerUnitId, d.ownerUnitId, d.deadline,
                "暂停计时" + days + TimeLimit.unit(d.calendarDays) + (note.isEmpty() ? "" : "：" + note));
    }

    private static void requireRunning(CaseView v) {
        if (v.paused()) {
            throw new RuleViolation("cases.paused", v.reference());
        }
    }

    private void runFromToday(CaseFile.Draft d, long unitId, TimeLimit limit) {
        d.ownerUnitId = unitId;
        d.assignedOn = today;
        d.calendarDays = limit.calendarDays();
        d.deadline = limit.after(today, calendar);
    }

    private String allowedMove(CaseView v, CaseStep step) {
        String to = step == null ? null : step.toState();
        if (to == null || !flow.knows(to) || !flow.allows(v.state(), to)) {
            throw new RuleViolation("cases.move.refused", v.state(), to);
        }
        return to;
    }

    private String onlyOpenStateAfter(String state) {
        List<String> open = flow.movesFrom(state).stream().filter(s -> flow.phaseOf(s) == CasePhase.OPEN).toList();
        if (open.size() != 1) {
            throw new IllegalStateException("a case opened with a unit needs exactly one open state after " + state
                    + ", the flow has " + open);
        }
        return open.get(0);
    }

    /** A limit of either kind, its days in range. */
    static TimeLimit limit(TimeLimit limit) {
        return new TimeLimit(workingDays(limit == null ? null : limit.days()), limit.calendarDays());
    }

    static int workingDays(Integer days) {
        if (days == null || days < 1 || days > MAX_WORKING_DAYS) {
            throw new RuleViolation("cases.days.range", 1, MAX_WORKING_DAYS);
        }
        return days;
    }

    /** A reason that must be given: not blank, not too long. */
    static String reason(String text) {
        return required(text, "cases.reason.empty", MAX_NOTE, "cases.reason.too-long");
    }

    /** An optional note: empty when not given, refused when too long. */
    static String note(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_NOTE) {
            throw new RuleViolation("cases.reason.too-long", MAX_NOTE);
        }
        return t;
    }

    private static String required(String text, String emptyKey, int max, String tooLongKey) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new RuleViolation(emptyKey);
        }
        if (t.length() > max) {
            throw new RuleViolation(tooLongKey, max);
        }
        return t;
    }

    private static Change change(CaseFile.Draft d, Entry entry) {
        return new Change(d.done(), List.of(entry));
    }
}
