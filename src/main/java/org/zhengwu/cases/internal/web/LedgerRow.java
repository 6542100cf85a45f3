package org.zhengwu.cases.internal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.TimeLimit;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.cases.internal.CaseFile;
import org.zhengwu.platform.web.Ui;

/**
 * One line of a ledger (台账), as the page and the Excel export both show it.
 *
 * @param workingDays days from assignment to closing (so far, while open), less the days it was paused; null if
 *                    never assigned (calendar days for a case counted in them)
 * @param onTime      是/否 for a closed case with a deadline, — otherwise
 * @param extended    working days granted by extensions (0: none)
 * @param overdue     open past its deadline with the clock running, or closed after it (a paused case is not)
 * @param paused      the clock is stopped (暂停计时) now
 */
public record LedgerRow(long id, String reference, String subject, String type, String category, String unit,
                        String handler, String state, OffsetDateTime opened, LocalDate assigned, LocalDate deadline,
                        OffsetDateTime closed, Integer workingDays, String onTime, int extended, boolean overdue,
                        boolean paused) {

    static LedgerRow of(CaseFile f, Ui ui, CaseTexts texts, CaseTexts.Names names, WorkingDayCalendar calendar,
                        LocalDate today) {
        CaseView c = f.view();
        Integer taken = null;
        if (c.assignedOn() != null && c.phase() != CasePhase.UNASSIGNED) {
            LocalDate end = c.closedAt() != null ? c.closedAt().toLocalDate() : today;
            boolean cd = c.calendarDays();
            int pausedNow = c.paused() ? Math.max(0, TimeLimit.between(c.pause().since(), end, cd, calendar)) : 0;
            taken = Math.max(0, TimeLimit.between(c.assignedOn(), end, cd, calendar) - f.pausedDays() - pausedNow);
        }
        Boolean onTime = c.closedOnTime();
        return new LedgerRow(c.id(), c.reference(), c.subject(), texts.typeName(ui, c.typeCode()),
                c.category() == null ? "" : c.category(),
                c.ownerUnitId() == null ? ui.t("cases.unit.dispatcher") : texts.unitName(c.ownerUnitId()),
                names.account(c.handlerAccountId()), texts.stateName(ui, c), c.openedAt(), c.assignedOn(),
                c.deadline(), c.closedAt(), taken,
                ui.t(onTime == null ? "cases.ledger.on-time.none" : onTime ? "cases.ledger.on-time.yes"
                        : "cases.ledger.on-time.no"),
                f.extendedDays(), c.overdueOn(today) || Boolean.FALSE.equals(onTime), c.paused());
    }
}
