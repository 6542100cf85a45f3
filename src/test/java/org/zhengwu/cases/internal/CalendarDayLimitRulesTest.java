package org.zhengwu.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengwu.cases.internal.CaseRulesTest.NATIONAL_DAY;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.zhengwu.cases.CaseReminder.Kind;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.ErrandType;
import org.zhengwu.cases.NewCase;
import org.zhengwu.cases.TimeLimit;

/**
 * Limits in calendar days (自然日) beside working days, on the 2026 National Day calendar of {@link CaseRulesTest}
 * (holidays 1–7 October, Saturday 10 October worked): the petition regulations count every day, holidays included.
 */
class CalendarDayLimitRulesTest {

    static final LocalDate MONDAY_28_SEPTEMBER = LocalDate.of(2026, 9, 28);

    static CaseRules on(LocalDate day) {
        return new CaseRules(ErrandType.FLOW, NATIONAL_DAY, day, day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8)));
    }

    static CaseFile assignedOn28September(TimeLimit limit) {
        CaseRules r = on(MONDAY_28_SEPTEMBER);
        CaseFile opened = r.open(new NewCase(ErrandType.CODE, "P-1", "信访事项", null, null, 0)).next();
        return r.assign(opened, 7, limit, CaseStep.to("ASSIGNED", "")).next();
    }

    @Test
    void registeredOn28September2026TheAcceptanceDecisionIsDueOn13OctoberNationalDayCounted() {
        CaseView v = assignedOn28September(TimeLimit.calendarDays(15)).view();
        assertThat(v.deadline()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(v.calendarDays()).isTrue();
    }

    @Test
    void fifteenWorkingDaysFromTheSameDayRunTo23OctoberBecauseTheHolidaysDoNotCount() {
        CaseView v = assignedOn28September(TimeLimit.workingDays(15)).view();
        assertThat(v.deadline()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(v.calendarDays()).isFalse();
    }

    @Test
    void aCaseOpenedWithAUnitAndCalendarDaysIsDueThatManyDaysLater() {
        CaseView v = on(MONDAY_28_SEPTEMBER).open(new NewCase(ErrandType.CODE, "P-2", "信访事项", null, 7L, 60, true))
                .next().view();
        assertThat(v.deadline()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(v.calendarDays()).isTrue();
    }

    @Test
    void anApprovedExtensionOfThirtyDaysOnACalendarDayCaseMovesTheDeadlineByThirtyCalendarDays() {
        CaseFile asked = on(LocalDate.of(2026, 10, 9)).requestExtension(assignedOn28September(TimeLimit.calendarDays(15)),
                30, "需要现场核查").next();
        CaseRules.Change c = on(LocalDate.of(2026, 10, 10)).decideExtension(asked, true, "");
        assertThat(c.next().view().deadline()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(c.next().extendedDays()).isEqualTo(30);
    }

    @Test
    void theHistoryOfAnExtensionRequestNamesCalendarDays() {
        CaseRules.Change c = on(LocalDate.of(2026, 10, 9)).requestExtension(
                assignedOn28September(TimeLimit.calendarDays(15)), 30, "需要现场核查");
        assertThat(c.entries()).singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("延期 30 个自然日：需要现场核查"));
    }

    @Test
    void aPauseOverTheHolidaysOfACalendarDayCaseMovesTheDeadlineByEveryDayPaused() {
        CaseFile paused = on(LocalDate.of(2026, 9, 30)).pause(assignedOn28September(TimeLimit.calendarDays(15)),
                "SUSPENSION", "中止", "等待鉴定结论").next();
        CaseRules.Change c = on(LocalDate.of(2026, 10, 8)).resume(paused, "");
        assertThat(c.next().view().deadline()).isEqualTo(LocalDate.of(2026, 10, 21));
        assertThat(c.next().pausedDays()).isEqualTo(8);
        assertThat(c.entries()).singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("暂停计时8个自然日"));
    }

    @Test
    void aRestartInCalendarDaysTurnsAWorkingDayCaseIntoACalendarDayOne() {
        CaseFile working = assignedOn28September(TimeLimit.workingDays(5));
        CaseView v = on(LocalDate.of(2026, 9, 30)).move(working,
                CaseStep.restart("CHECKING", "受理", TimeLimit.calendarDays(60))).next().view();
        assertThat(v.deadline()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(v.calendarDays()).isTrue();
    }

    @Test
    void aCalendarDayDeadlineOnAHolidayIsOverdueTheDayAfterAndRemindedTheWorkingDayBefore() {
        CaseType type = new ErrandType();
        LocalDate saturday3October = LocalDate.of(2026, 10, 3);
        assertThat(DeadlineCheck.due(type, saturday3October, NATIONAL_DAY, LocalDate.of(2026, 9, 30)))
                .containsExactly(Kind.DUE_SOON);
        assertThat(DeadlineCheck.due(type, saturday3October, NATIONAL_DAY, LocalDate.of(2026, 10, 4)))
                .containsExactly(Kind.OVERDUE);
    }
}
