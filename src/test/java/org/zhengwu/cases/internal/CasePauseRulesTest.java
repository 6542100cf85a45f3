package org.zhengwu.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.cases.internal.CaseRulesTest.NATIONAL_DAY;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.ErrandType;
import org.zhengwu.cases.NewCase;

/**
 * Pausing the clock (补正, 中止) on the 2026 National Day calendar of {@link CaseRulesTest}: holidays 1–7 October,
 * Saturday 10 October worked. The pause day still counts against the case; the paused working days are those after
 * it up to and including the resume day.
 */
class CasePauseRulesTest {

    static final LocalDate TUESDAY_29_SEPTEMBER = LocalDate.of(2026, 9, 29);
    static final LocalDate WEDNESDAY_30_SEPTEMBER = LocalDate.of(2026, 9, 30);
    static final LocalDate FRIDAY_9_OCTOBER = LocalDate.of(2026, 10, 9);
    static final LocalDate MONDAY_12_OCTOBER = LocalDate.of(2026, 10, 12);

    static CaseRules on(LocalDate day) {
        return new CaseRules(ErrandType.FLOW, NATIONAL_DAY, day, day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8)));
    }

    /** An errand the dispatcher gave unit 7 on Tuesday 29 September with five working days: due Monday 12 October. */
    static CaseFile assignedOnTuesday29September() {
        CaseRules r = on(TUESDAY_29_SEPTEMBER);
        CaseFile opened = r.open(new NewCase(ErrandType.CODE, "E-1", "办理营业执照", null, null, 0)).next();
        return r.assign(opened, 7, 5, CaseStep.to("ASSIGNED", "")).next();
    }

    static CaseFile pausedOn(LocalDate day) {
        return on(day).pause(assignedOnTuesday29September(), "CORRECTION", "补正", "缺少营业执照复印件").next();
    }

    @Test
    void aCaseAssignedOnTuesday29SeptemberWithFiveWorkingDaysIsDueOnMonday12October() {
        assertThat(assignedOnTuesday29September().view().deadline()).isEqualTo(MONDAY_12_OCTOBER);
    }

    @Test
    void pausedOnWednesday30SeptemberAndResumedOnFriday9OctoberItWasPausedTwoWorkingDaysAndIsDueOnWednesday14October() {
        // 30 September still counts against the case; 1–7 October are holidays; 8 and 9 October are the paused days
        CaseRules.Change c = on(FRIDAY_9_OCTOBER).resume(pausedOn(WEDNESDAY_30_SEPTEMBER), "申请人已补正");
        CaseView v = c.next().view();
        assertThat(v.deadline()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(v.paused()).isFalse();
        assertThat(c.next().pausedDays()).isEqualTo(2);
        assertThat(c.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.RESUMED);
            assertThat(e.deadline()).isEqualTo(LocalDate.of(2026, 10, 14));
            assertThat(e.note()).isEqualTo("暂停计时2个工作日：申请人已补正");
        });
    }

    @Test
    void pausedOnFriday9OctoberAndResumedOnMonday12OctoberTheWorkedSaturdayCountsAsAPausedDay() {
        CaseRules.Change c = on(MONDAY_12_OCTOBER).resume(pausedOn(FRIDAY_9_OCTOBER), "");
        assertThat(c.next().pausedDays()).isEqualTo(2);
        assertThat(c.next().view().deadline()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(c.entries().get(0).note()).isEqualTo("暂停计时2个工作日");
    }

    @Test
    void aPauseWhollyInsideTheNationalDayHolidaysMovesNothing() {
        CaseRules.Change c = on(LocalDate.of(2026, 10, 7)).resume(pausedOn(LocalDate.of(2026, 10, 1)), "");
        assertThat(c.next().pausedDays()).isZero();
        assertThat(c.next().view().deadline()).isEqualTo(MONDAY_12_OCTOBER);
    }

    @Test
    void pausedAndResumedOnTheSameDayTheDeadlineStays() {
        CaseRules.Change c = on(WEDNESDAY_30_SEPTEMBER).resume(pausedOn(WEDNESDAY_30_SEPTEMBER), "");
        assertThat(c.next().view().deadline()).isEqualTo(MONDAY_12_OCTOBER);
        assertThat(c.next().pausedDays()).isZero();
    }

    @Test
    void aPausedCaseShowsSinceWhenAndWhyAndIsNeverOverdue() {
        CaseRules.Change c = on(WEDNESDAY_30_SEPTEMBER).pause(assignedOnTuesday29September(), "CORRECTION", "补正",
                " 缺少营业执照复印件 ");
        CaseView v = c.next().view();
        assertThat(v.pause()).isEqualTo(new CaseView.Pause("CORRECTION", "缺少营业执照复印件", WEDNESDAY_30_SEPTEMBER));
        assertThat(v.deadline()).isEqualTo(MONDAY_12_OCTOBER);
        assertThat(v.overdueOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(c.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.PAUSED);
            assertThat(e.note()).isEqualTo("补正：缺少营业执照复印件");
        });
    }

    @Test
    void closingAPausedCaseEndsThePauseFirstSoThePausedDaysAreNotCountedAgainstIt() {
        CaseRules.Change c = on(MONDAY_12_OCTOBER).move(pausedOn(WEDNESDAY_30_SEPTEMBER), CaseStep.to("DONE", "不予受理"));
        CaseView v = c.next().view();
        assertThat(v.paused()).isFalse();
        assertThat(v.deadline()).isEqualTo(LocalDate.of(2026, 10, 16)); // 8, 9, 10 and 12 October were paused
        assertThat(v.closedOnTime()).isTrue();
        assertThat(c.entries()).extracting(CaseRules.Entry::action).containsExactly(Action.RESUMED, Action.MOVED);
    }

    @Test
    void onlyAnOpenRunningCaseCanBePausedAndOnlyAPausedOneResumed() {
        CaseRules r = on(WEDNESDAY_30_SEPTEMBER);
        CaseFile unassigned = r.open(new NewCase(ErrandType.CODE, "E-2", "待分办", null, null, 0)).next();
        assertThatThrownBy(() -> r.pause(unassigned, "CORRECTION", "补正", "缺材料"))
                .hasFieldOrPropertyWithValue("key", "cases.pause.not-open");
        CaseFile done = r.move(assignedOnTuesday29September(), CaseStep.to("DONE", "")).next();
        assertThatThrownBy(() -> r.pause(done, "CORRECTION", "补正", "缺材料"))
                .hasFieldOrPropertyWithValue("key", "cases.pause.not-open");
        CaseFile paused = pausedOn(WEDNESDAY_30_SEPTEMBER);
        assertThatThrownBy(() -> r.pause(paused, "SUSPENSION", "中止", "等待鉴定"))
                .hasFieldOrPropertyWithValue("key", "cases.pause.already");
        assertThatThrownBy(() -> r.resume(assignedOnTuesday29September(), ""))
                .hasFieldOrPropertyWithValue("key", "cases.resume.not-paused");
        assertThatThrownBy(() -> r.pause(assignedOnTuesday29September(), "HOLIDAY", null, "放假"))
                .hasFieldOrPropertyWithValue("key", "cases.pause.kind.unknown");
        assertThatThrownBy(() -> r.pause(assignedOnTuesday29September(), "CORRECTION", "补正", "  "))
                .hasFieldOrPropertyWithValue("key", "cases.reason.empty");
    }

    @Test
    void aPausedCaseIsNotTransferredReturnedExtendedOrRestartedUntilResumed() {
        CaseRules r = on(FRIDAY_9_OCTOBER);
        CaseFile paused = pausedOn(WEDNESDAY_30_SEPTEMBER);
        assertThatThrownBy(() -> r.transfer(paused, 8, "不属本单位", null))
                .hasFieldOrPropertyWithValue("key", "cases.paused");
        assertThatThrownBy(() -> r.returnToDispatcher(paused, "不属本单位", "NEW"))
                .hasFieldOrPropertyWithValue("key", "cases.paused");
        assertThatThrownBy(() -> r.requestExtension(paused, 3, "材料多"))
                .hasFieldOrPropertyWithValue("key", "cases.paused");
        assertThatThrownBy(() -> r.move(paused, new CaseStep("CHECKING", "", 5)))
                .hasFieldOrPropertyWithValue("key", "cases.paused");
        assertThat(r.move(paused, CaseStep.to("CHECKING", "送审核")).next().view().paused()).isTrue();
    }
}
