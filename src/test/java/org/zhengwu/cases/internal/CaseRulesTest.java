package org.zhengwu.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwu.cases.CalendarDay;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.DayKind;
import org.zhengwu.cases.ErrandType;
import org.zhengwu.cases.NewCase;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.platform.RuleViolation;

/** The engine's rules for each step, on the 2026 National Day calendar, without a database. */
class CaseRulesTest {

    /** 国庆节 1–7 October 2026, worked on Sunday 20 September and Saturday 10 October. */
    static final WorkingDayCalendar NATIONAL_DAY;

    static {
        List<CalendarDay> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(new CalendarDay(LocalDate.of(2026, 10, d), DayKind.HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(LocalDate.of(2026, 9, 20), DayKind.MAKEUP_WORKDAY, "国庆节调休"));
        days.add(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.MAKEUP_WORKDAY, "国庆节调休"));
        NATIONAL_DAY = WorkingDayCalendar.of(days, 2026, 2026);
    }

    static final LocalDate TUESDAY_BEFORE = LocalDate.of(2026, 9, 29);
    static final long UNIT = 7;
    static final long OTHER_UNIT = 8;

    private static CaseRules on(LocalDate today) {
        return new CaseRules(ErrandType.FLOW, NATIONAL_DAY, today, today.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)));
    }

    private final CaseRules rules = on(TUESDAY_BEFORE);

    private static NewCase errand(Long unit, int days) {
        return new NewCase(ErrandType.CODE, "E-1", "修路灯", "lights", unit, days);
    }

    private CaseFile assigned(int days) {
        CaseFile opened = rules.open(errand(null, 0)).next();
        return rules.assign(opened, UNIT, days, CaseStep.to("ASSIGNED", "")).next();
    }

    @Test
    void aNewCaseWithoutAUnitWaitsForTheDispatcherWithoutADeadline() {
        CaseRules.Change c = rules.open(errand(null, 0));
        CaseView v = c.next().view();
        assertThat(v.state()).isEqualTo("NEW");
        assertThat(v.phase()).isEqualTo(CasePhase.UNASSIGNED);
        assertThat(v.ownerUnitId()).isNull();
        assertThat(v.deadline()).isNull();
        assertThat(c.entries()).extracting(CaseRules.Entry::action).containsExactly(Action.OPENED);
    }

    @Test
    void theDeadlineSkipsTheHolidaysAndCountsTheMakeUpSaturday() {
        assertThat(assigned(3).view().deadline()).isEqualTo(LocalDate.of(2026, 10, 9));
        CaseView v = assigned(4).view();
        assertThat(v.deadline()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(v.assignedOn()).isEqualTo(TUESDAY_BEFORE);
        assertThat(v.phase()).isEqualTo(CasePhase.OPEN);
        assertThat(v.ownerUnitId()).isEqualTo(UNIT);
    }

    @Test
    void aCaseOpenedWithAUnitIsAssignedAtOnceToTheOnlyOpenStateAfterTheFirst() {
        CaseRules.Change c = rules.open(errand(UNIT, 3));
        assertThat(c.next().view().state()).isEqualTo("ASSIGNED");
        assertThat(c.next().view().deadline()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(c.entries()).extracting(CaseRules.Entry::action).containsExactly(Action.OPENED, Action.ASSIGNED);
    }

    @Test
    void aFlowThatStartsOpenNeedsAUnitFromTheStart() {
        CaseFlow task = CaseFlow.builder("x").state("WORKING", CasePhase.OPEN).state("DONE", CasePhase.CLOSED)
                .move("WORKING", "DONE").build();
        CaseRules r = new CaseRules(task, NATIONAL_DAY, TUESDAY_BEFORE, OffsetDateTime.now());
        assertThatThrownBy(() -> r.open(errand(null, 5))).hasFieldOrPropertyWithValue("key", "cases.unit.required");
        CaseView v = r.open(errand(UNIT, 1)).next().view();
        assertThat(v.state()).isEqualTo("WORKING");
        assertThat(v.deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void anEmptyOrOversizeSubjectIsRefused() {
        assertThatThrownBy(() -> rules.open(new NewCase(ErrandType.CODE, "E-2", "  ", null, null, 0)))
                .hasFieldOrPropertyWithValue("key", "cases.subject.empty");
        assertThatThrownBy(() -> rules.open(new NewCase(ErrandType.CODE, "E-2", "长".repeat(201), null, null, 0)))
                .hasFieldOrPropertyWithValue("key", "cases.subject.too-long");
        assertThatThrownBy(() -> rules.open(new NewCase(ErrandType.CODE, "", "题", null, null, 0)))
                .hasFieldOrPropertyWithValue("key", "cases.reference.empty");
    }

    @Test
    void workingDaysOutsideOneToTwoHundredFiftyAreRefused() {
        CaseFile opened = rules.open(errand(null, 0)).next();
        for (int days : new int[] {0, -1, 251}) {
            assertThatThrownBy(() -> rules.assign(opened, UNIT, days, CaseStep.to("ASSIGNED", "")))
                    .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("key", "cases.days.range");
        }
    }

    @Test
    void aMoveTheFlowDoesNotListIsRefused() {
        CaseFile opened = rules.open(errand(null, 0)).next();
        assertThatThrownBy(() -> rules.move(opened, CaseStep.to("DONE", "")))
                .hasFieldOrPropertyWithValue("key", "cases.move.refused");
        assertThatThrownBy(() -> rules.move(opened, CaseStep.to("NO_SUCH_STATE", "")))
                .hasFieldOrPropertyWithValue("key", "cases.move.refused");
    }

    @Test
    void assigningNeedsAnOpenStateAndAnUnassignedCase() {
        CaseFile opened = rules.open(errand(null, 0)).next();
        assertThatThrownBy(() -> rules.assign(opened, UNIT, 3, CaseStep.to("REJECTED", "")))
                .hasFieldOrPropertyWithValue("key", "cases.assign.state");
        assertThatThrownBy(() -> rules.assign(assigned(3), UNIT, 3, CaseStep.to("CHECKING", "")))
                .hasFieldOrPropertyWithValue("key", "cases.assign.not-unassigned");
    }

    @Test
    void anUnassignedCaseCannotBeMovedIntoAnOpenStateWithoutAUnit() {
        CaseFile opened = rules.open(errand(null, 0)).next();
        assertThatThrownBy(() -> rules.move(opened, CaseStep.to("ASSIGNED", "")))
                .hasFieldOrPropertyWithValue("key", "cases.move.not-assigned");
    }

    @Test
    void anOpenCaseGoesBackToTheDispatcherOnlyByAReturnWithAReason() {
        CaseFile f = assigned(3);
        assertThatThrownBy(() -> rules.move(f, CaseStep.to("NEW", "")))
                .hasFieldOrPropertyWithValue("key", "cases.move.use-return");
        assertThatThrownBy(() -> rules.returnToDispatcher(f, " ", "NEW"))
                .hasFieldOrPropertyWithValue("key", "cases.reason.empty");
        assertThatThrownBy(() -> rules.returnToDispatcher(f, "不归我们管", "DONE"))
                .hasFieldOrPropertyWithValue("key", "cases.return.state");
        CaseFile checking = rules.move(f, CaseStep.to("CHECKING", "")).next();
        assertThatThrownBy(() -> rules.returnToDispatcher(checking, "不归我们管", "NEW"))
                .hasFieldOrPropertyWithValue("key", "cases.move.refused");
        CaseRules.Change back = rules.returnToDispatcher(f, "不归我们管", "NEW");
        CaseView v = back.next().view();
        assertThat(v.phase()).isEqualTo(CasePhase.UNASSIGNED);
        assertThat(v.ownerUnitId()).isNull();
        assertThat(v.deadline()).isNull();
        assertThat(back.entries().get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.RETURNED);
            assertThat(e.fromUnitId()).isEqualTo(UNIT);
            assertThat(e.note()).isEqualTo("不归我们管");
        });
    }

    @Test
    void closingRecordsTheTimeAndReopeningClearsIt() {
        CaseFile done = rules.move(assigned(3), CaseStep.to("DONE", "已办结")).next();
        assertThat(done.view().closedAt()).isNotNull();
        assertThat(done.view().closedOnTime()).isTrue();
        CaseRules.Change reopened = on(LocalDate.of(2026, 10, 12)).move(done, new CaseStep("REOPENED", "不满意", 2));
        assertThat(reopened.entries().get(0).action()).isEqualTo(Action.REOPENED);
        assertThat(reopened.next().view().closedAt()).isNull();
        assertThat(reopened.next().view().deadline()).isEqualTo(LocalDate.of(2026, 10, 14));
    }

    @Test
    void aCaseClosedAfterItsDeadlineWasNotClosedOnTime() {
        CaseFile f = assigned(3);
        CaseFile late = on(LocalDate.of(2026, 10, 10)).move(f, CaseStep.to("DONE", "")).next();
        assertThat(late.view().closedOnTime()).isFalse();
        assertThat(f.view().overdueOn(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(f.view().overdueOn(LocalDate.of(2026, 10, 9))).isFalse();
    }

    @Test
    void aTransferNeedsAReasonAndAnotherUnit() {
        CaseFile f = assigned(3);
        assertThatThrownBy(() -> rules.transfer(f, OTHER_UNIT, "", null))
                .hasFieldOrPropertyWithValue("key", "cases.reason.empty");
        assertThatThrownBy(() -> rules.transfer(f, UNIT, "转给自己", null))
                .hasFieldOrPropertyWithValue("key", "cases.transfer.unit.same");
        assertThatThrownBy(() -> rules.transfer(rules.open(errand(null, 0)).next(), OTHER_UNIT, "未交办", null))
                .hasFieldOrPropertyWithValue("key", "cases.transfer.not-open");
    }

    @Test
    void aTransferKeepsTheDeadlineOrStartsANewOneAndDropsTheHandlerAndAPendingRequest() {
        CaseFile f = rules.setHandler(assigned(3), 99L, "张三").next();
        f = rules.requestExtension(f, 2, "材料多").next();
        CaseView kept = rules.transfer(f, OTHER_UNIT, "职责在水务局", null).next().view();
        assertThat(kept.ownerUnitId()).isEqualTo(OTHER_UNIT);
        assertThat(kept.deadline()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(kept.handlerAccountId()).isNull();
        assertThat(kept.extensionRequested()).isNull();
        CaseView fresh = rules.transfer(f, OTHER_UNIT, "职责在水务局", 4).next().view();
        assertThat(fresh.deadline()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void oneExtensionRequestMayBePendingAtATime() {
        CaseFile f = rules.requestExtension(assigned(3), 2, "需要现场勘查").next();
        assertThat(f.view().extensionRequested()).isEqualTo(2);
        assertThat(f.extensionReason()).isEqualTo("需要现场勘查");
        assertThatThrownBy(() -> rules.requestExtension(f, 1, "再延一天"))
                .hasFieldOrPropertyWithValue("key", "cases.extension.pending");
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineOnByWorkingDaysFromTheOldOne() {
        CaseFile f = rules.requestExtension(assigned(3), 2, "需要现场勘查").next();
        CaseRules.Change approved = rules.decideExtension(f, true, "");
        // deadline Friday 9 October; the make-up Saturday 10 October and Monday 12 October are the two days
        assertThat(approved.next().view().deadline()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(approved.next().view().extensionRequested()).isNull();
        assertThat(approved.next().extendedDays()).isEqualTo(2);
        assertThat(approved.entries().get(0).action()).isEqualTo(Action.EXTENSION_APPROVED);
    }

    @Test
    void aRefusedExtensionNeedsAReasonAndKeepsTheDeadline() {
        CaseFile f = rules.requestExtension(assigned(3), 2, "需要现场勘查").next();
        assertThatThrownBy(() -> rules.decideExtension(f, false, ""))
                .hasFieldOrPropertyWithValue("key", "cases.reason.empty");
        CaseRules.Change refused = rules.decideExtension(f, false, "期限足够");
        assertThat(refused.next().view().deadline()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(refused.next().view().extensionRequested()).isNull();
        assertThat(refused.entries().get(0).action()).isEqualTo(Action.EXTENSION_REFUSED);
        assertThatThrownBy(() -> rules.decideExtension(refused.next(), true, ""))
                .hasFieldOrPropertyWithValue("key", "cases.extension.none");
    }

    @Test
    void closingLetsAPendingExtensionRequestLapse() {
        CaseFile f = rules.requestExtension(assigned(3), 2, "需要现场勘查").next();
        CaseView done = rules.move(f, CaseStep.to("DONE", "")).next().view();
        assertThat(done.extensionRequested()).isNull();
    }

    @Test
    void aRejectedCaseTakenUpAgainReturnsToTheDispatcher() {
        CaseFile rejected = rules.move(rules.open(errand(null, 0)).next(), CaseStep.to("REJECTED", "重复来信")).next();
        assertThat(rejected.view().closedAt()).isNotNull();
        assertThat(rejected.view().closedOnTime()).isNull();
        CaseRules.Change again = rules.move(rejected, CaseStep.to("NEW", "误判"));
        assertThat(again.next().view().phase()).isEqualTo(CasePhase.UNASSIGNED);
        assertThat(again.entries().get(0).action()).isEqualTo(Action.REOPENED);
    }
}
