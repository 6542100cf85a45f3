package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CaseReminder;
import org.zhengwu.cases.CaseReminder.Kind;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;

/**
 * The deadline job ({@code zhengwu.cases.deadline-check}, every 15 minutes by default). For each open case, once per
 * deadline: DUE_SOON from {@link CaseType#remindWorkingDaysBefore()} working days before the deadline (not once it
 * has passed), OVERDUE from the first day after it, ESCALATED from {@link CaseType#escalateWorkingDaysAfter()}
 * working days after it. Each goes into the case's history and the audit log, leaves console notices (the handler,
 * or the unit's 办件人 while nobody is named, and the unit's 单位审核人; the supervisors for an escalation) and is
 * published as a {@link CaseReminder}. Each case is re-read under its row lock in a transaction of its own, so a case
 * closed or extended meanwhile is judged as it now stands and one failing case does not hold up the others. A new
 * deadline (an approved extension, a transfer with new time, a resumed pause) arms all three again. A paused case is
 * left alone. The waiting branches of joint reviews are checked the same way by {@link BranchReminders}.
 */
@Component
public class DeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final CaseStore cases;
    private final ReminderStore reminders;
    private final CaseTypes types;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BranchReminders branches;

    DeadlineCheck(CaseStore cases, ReminderStore reminders, CaseTypes types, WorkingDays workingDays, AuditTrail audit,
                  ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
                  BranchReminders branches) {
        this.branches = branches;
        this.cases = cases;
        this.reminders = reminders;
        this.types = types;
        this.workingDays = workingDays;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${zhengwu.cases.deadline-check:PT15M}",
            initialDelayString = "${zhengwu.cases.deadline-check:PT15M}")
    void scheduled() {
        List<CaseReminder> sent = runAt(clock);
        if (!sent.isEmpty()) {
            log.info("办件期限检查：发出 {} 条提醒", sent.size());
        }
    }

    /** Checks every open case as at the given clock's time; returns the reminders sent. */
    public List<CaseReminder> runAt(Clock at) {
        LocalDate today = LocalDate.now(at);
        WorkingDayCalendar calendar = workingDays.calendar();
        int ahead = types.all().stream().mapToInt(CaseType::remindWorkingDaysBefore).max().orElse(0);
        List<CaseReminder> sent = new ArrayList<>();
        for (long id : reminders.candidates(calendar.addWorkingDays(today, Math.max(ahead, 0)))) {
            try {
                sent.addAll(transactions.execute(tx -> check(id, calendar, today, OffsetDateTime.now(at))));
            } catch (RuntimeException e) {
                log.error("办件 {} 的期限检查失败，下次再试", id, e);
            }
        }
        for (long id : branches.candidates(calendar.addWorkingDays(today, Math.max(ahead, 0)))) {
            try {
                sent.addAll(transactions.execute(tx -> branches.check(id, calendar, today, OffsetDateTime.now(at))));
            } catch (RuntimeException e) {
                log.error("会签分支 {} 的期限检查失败，下次再试", id, e);
            }
        }
        return sent;
    }

    private List<CaseReminder> check(long id, WorkingDayCalendar calendar, LocalDate today, OffsetDateTime now) {
        CaseView c = cases.lock(id).map(CaseFile::view).orElse(null);
        if (c == null || c.phase() != CasePhase.OPEN || c.deadline() == null || c.paused()) {
            return List.of();
        }
        CaseType type = types.find(c.typeCode()).orElse(null);
        if (type == null) {
            return List.of();
        }
        List<CaseReminder> sent = new ArrayList<>();
        for (Kind kind : due(type, c.deadline(), calendar, today)) {
            if (!reminders.sent(id, kind, c.deadline())) {
                send(c, kind, now);
                sent.add(new CaseReminder(id, c.typeCode(), c.reference(), c.subject(), kind, c.ownerUnitId(),
                        c.deadline()));
            }
        }
        return sent;
    }

    /** Which reminders are due on {@code today} for this deadline. */
    static List<Kind> due(CaseType type, LocalDate deadline, WorkingDayCalendar calendar, LocalDate today) {
        List<Kind> due = new ArrayList<>();
        if (!today.isAfter(deadline)) {
            if (calendar.workingDaysBetween(today, deadline) <= type.remindWorkingDaysBefore()) {
                due.add(Kind.DUE_SOON);
            }
            return due;
        }
        due.add(Kind.OVERDUE);
        if (calendar.workingDaysBetween(deadline, today) >= type.escalateWorkingDaysAfter()) {
            due.add(Kind.ESCALATED);
        }
        return due;
    }

    private void send(CaseView c, Kind kind, OffsetDateTime now) {
        reminders.markSent(c.id(), kind, c.deadline(), now);
        cases.addEvent(c.id(), now, new CaseRules.Entry(action(kind), c.state(), c.state(), c.ownerUnitId(),
                c.ownerUnitId(), c.deadline(), null), null, CaseEngine.SYSTEM);
        for (ReminderStore.Recipient to : recipients(c, kind)) {
            reminders.addNotice(c.id(), kind, c.deadline(), to, now);
        }
        audit.record(AuditEvent.of("cases.remind", "case", c.id(), c.ownerUnitId(),
                c.typeCode() + " " + c.reference() + ": " + kind + "; deadline " + c.deadline()));
        events.publishEvent(new CaseReminder(c.id(), c.typeCode(), c.reference(), c.subject(), kind, c.ownerUnitId(),
                c.deadline()));
    }

    static List<ReminderStore.Recipient> recipients(CaseView c, Kind kind) {
        if (kind == Kind.ESCALATED) {
            return List.of(ReminderStore.Recipient.role(null, StaffRole.SUPERVISOR));
        }
        ReminderStore.Recipient worker = c.handlerAccountId() != null
                ? ReminderStore.Recipient.account(c.handlerAccountId())
                : ReminderStore.Recipient.role(c.ownerUnitId(), StaffRole.CASE_HANDLER);
        return List.of(worker, ReminderStore.Recipient.role(c.ownerUnitId(), StaffRole.UNIT_REVIEWER));
    }

    private static Action action(Kind kind) {
        return switch (kind) {
            case DUE_SOON -> Action.REMINDED;
            case OVERDUE -> Action.OVERDUE;
            case ESCALATED -> Action.ESCALATED;
        };
    }
}
