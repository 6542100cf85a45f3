package org.zhengwu.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseReminder;
import org.zhengwu.cases.CaseReminder.Kind;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.JointReview;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;

/**
 * The deadline job's part for joint-review branches (会签), run by {@link DeadlineCheck} with the same rules
 * ({@link DeadlineCheck#due}, the case type's days): each waiting branch of an open case whose clock runs is reminded,
 * warned and escalated once per deadline. Notices go to the asked unit's 办件人 and 单位审核人, an escalation to the
 * supervisors; the history of the case gets a line naming the unit.
 */
@Component
class BranchReminders {

    private final CaseStore cases;
    private final BranchStore branches;
    private final ReminderStore reminders;
    private final CaseTypes types;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    BranchReminders(CaseStore cases, BranchStore branches, ReminderStore reminders, CaseTypes types, AuditTrail audit,
                    ApplicationEventPublisher events) {
        this.cases = cases;
        this.branches = branches;
        this.reminders = reminders;
        this.types = types;
        this.audit = audit;
        this.events = events;
    }

    List<Long> candidates(LocalDate until) {
        return branches.candidates(until);
    }

    /** Checks one branch under its case's row lock, judged as both now stand; returns the reminders sent. */
    List<CaseReminder> check(long branchId, WorkingDayCalendar calendar, LocalDate today, OffsetDateTime now) {
        JointReview.Branch first = branches.find(branchId).orElse(null);
        CaseView c = first == null ? null : cases.lock(first.caseId()).map(CaseFile::view).orElse(null);
        JointReview.Branch b = c == null ? null : branches.find(branchId).orElse(null);
        if (b == null || !b.waiting() || c.phase() != CasePhase.OPEN || c.paused()) {
            return List.of();
        }
        CaseType type = types.find(c.typeCode()).orElse(null);
        if (type == null) {
            return List.of();
        }
        List<CaseReminder> sent = new ArrayList<>();
        for (Kind kind : DeadlineCheck.due(type, b.deadline(), calendar, today)) {
            if (!reminders.sent(ReminderStore.Memory.BRANCH, branchId, kind, b.deadline())) {
                sent.add(send(c, b, kind, now));
            }
        }
        return sent;
    }

    private CaseReminder send(CaseView c, JointReview.Branch b, Kind kind, OffsetDateTime now) {
        reminders.markSent(ReminderStore.Memory.BRANCH, b.id(), kind, b.deadline(), now);
        cases.addEvent(c.id(), now, new CaseRules.Entry(action(kind), c.state(), c.state(), b.unitId(), b.unitId(),
                b.deadline(), "会签"), null, CaseEngine.SYSTEM);
        for (ReminderStore.Recipient to : recipients(b.unitId(), kind)) {
            reminders.addNotice(c.id(), b.id(), kind, b.deadline(), to, now);
        }
        audit.record(AuditEvent.of("cases.remind", "case", c.id(), b.unitId(), c.typeCode() + " " + c.reference()
                + ": joint review branch of unit " + b.unitId() + " " + kind + "; deadline " + b.deadline()));
        CaseReminder r = new CaseReminder(c.id(), c.typeCode(), c.reference(), c.subject(), kind, b.unitId(),
                b.deadline(), b.id());
        events.publishEvent(r);
        return r;
    }

    /** The asked unit's 办件人 and 单位审核人; the supervisors for an escalation. */
    static List<ReminderStore.Recipient> recipients(Long unitId, Kind kind) {
        if (kind == Kind.ESCALATED) {
            return List.of(ReminderStore.Recipient.role(null, StaffRole.SUPERVISOR));
        }
        return List.of(ReminderStore.Recipient.role(unitId, StaffRole.CASE_HANDLER),
                ReminderStore.Recipient.role(unitId, StaffRole.UNIT_REVIEWER));
    }

    private static Action action(Kind kind) {
        return switch (kind) {
            case DUE_SOON -> Action.BRANCH_REMINDED;
            case OVERDUE -> Action.BRANCH_OVERDUE;
            case ESCALATED -> Action.BRANCH_ESCALATED;
        };
    }
}
