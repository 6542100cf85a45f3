package org.zhengwu.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.cases.internal.CasePauseRulesTest.TUESDAY_29_SEPTEMBER;
import static org.zhengwu.cases.internal.CasePauseRulesTest.assignedOnTuesday29September;
import static org.zhengwu.cases.internal.CaseRulesTest.NATIONAL_DAY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.JointReview;

/** Joint review (会签) on the 2026 National Day calendar: each unit's own deadline, answers and refusals. */
class JointReviewRulesTest {

    static final long OWNER = 7;
    static final long LAND = 21;
    static final long FIRE = 22;

    private final JointReviewRules rules = new JointReviewRules(NATIONAL_DAY, TUESDAY_29_SEPTEMBER);
    private final CaseView open = assignedOnTuesday29September().view();

    /** The joint review as stored after a start and the given answers (null: waiting). */
    private static JointReview review(JointReviewRules.Start s, Boolean... answers) {
        List<JointReview.Branch> branches = new ArrayList<>();
        for (int i = 0; i < s.units().size(); i++) {
            Boolean a = i < answers.length ? answers[i] : null;
            branches.add(new JointReview.Branch(i + 1, 1, s.number(), s.units().get(i), TUESDAY_29_SEPTEMBER,
                    s.deadline(), s.note(), a == null ? null : OffsetDateTime.now(), a, "", a == null ? null : "某人"));
        }
        return new JointReview(1, s.number(), branches);
    }

    @Test
    void startedOnTuesday29SeptemberWithThreeWorkingDaysEachUnitMustAnswerByFriday9October() {
        JointReviewRules.Start s = rules.start(open, null, List.of(LAND, FIRE), 3, "请会签用地和消防意见");
        assertThat(s.units()).containsExactly(LAND, FIRE);
        assertThat(s.deadline()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(s.number()).isEqualTo(1);
        assertThat(s.entry().action()).isEqualTo(Action.JOINT_REVIEW_STARTED);
        assertThat(s.entry().note()).isEqualTo("会签2个单位，各限3个工作日：请会签用地和消防意见");
    }

    @Test
    void itPassesOnlyWhenEveryUnitAgrees() {
        JointReviewRules.Start s = rules.start(open, null, List.of(LAND, FIRE), 3, "");
        assertThat(review(s, true).complete()).isFalse();
        assertThat(review(s, true, true).allAgreed()).isTrue();
        JointReview oneSaysNo = review(s, true, false);
        assertThat(oneSaysNo.complete()).isTrue();
        assertThat(oneSaysNo.allAgreed()).isFalse();
        assertThat(oneSaysNo.anyDisagreed()).isTrue();
    }

    @Test
    void aUnitAnswersItsOwnBranchOnceAndNeedsAReasonToDisagree() {
        JointReviewRules.Start s = rules.start(open, null, List.of(LAND, FIRE), 3, "");
        JointReviewRules.Answer a = rules.answer(open, review(s), FIRE, false, "消防通道宽度不足");
        assertThat(a.branch().unitId()).isEqualTo(FIRE);
        assertThat(a.entry().note()).isEqualTo("不同意：消防通道宽度不足");
        assertThat(a.entry().toUnitId()).isEqualTo(FIRE);
        assertThat(rules.answer(open, review(s), LAND, true, "").entry().note()).isEqualTo("同意");
        assertThatThrownBy(() -> rules.answer(open, review(s), FIRE, false, " "))
                .hasFieldOrPropertyWithValue("key", "cases.reason.empty");
        assertThatThrownBy(() -> rules.answer(open, review(s, true), LAND, true, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.answered");
        assertThatThrownBy(() -> rules.answer(open, review(s), OWNER, true, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.not-a-branch");
        assertThatThrownBy(() -> rules.answer(open, null, LAND, true, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.not-a-branch");
    }

    @Test
    void aSecondJointReviewWaitsUntilEveryBranchOfTheFirstHasAnswered() {
        JointReviewRules.Start s = rules.start(open, null, List.of(LAND, FIRE), 3, "");
        assertThatThrownBy(() -> rules.start(open, review(s, true), List.of(LAND), 3, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.open");
        assertThat(rules.start(open, review(s, true, false), List.of(FIRE), 2, "整改后再会签").number()).isEqualTo(2);
    }

    @Test
    void badUnitListsAndCasesNotRunningAreRefused() {
        assertThatThrownBy(() -> rules.start(open, null, List.of(), 3, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.units.empty");
        assertThatThrownBy(() -> rules.start(open, null, List.of(LAND, LAND), 3, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.units.twice");
        assertThatThrownBy(() -> rules.start(open, null, List.of(LAND, OWNER), 3, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.units.own");
        assertThatThrownBy(() -> rules.start(open, null, List.of(LAND), 0, ""))
                .hasFieldOrPropertyWithValue("key", "cases.days.range");
        CaseView paused = CasePauseRulesTest.pausedOn(TUESDAY_29_SEPTEMBER).view();
        assertThatThrownBy(() -> rules.start(paused, null, List.of(LAND), 3, ""))
                .hasFieldOrPropertyWithValue("key", "cases.paused");
        CaseView done = CasePauseRulesTest.on(TUESDAY_29_SEPTEMBER)
                .move(assignedOnTuesday29September(), CaseStep.to("DONE", "")).next().view();
        assertThatThrownBy(() -> rules.start(done, null, List.of(LAND), 3, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.not-open");
        JointReviewRules.Start s = rules.start(open, null, List.of(LAND), 3, "");
        assertThatThrownBy(() -> rules.answer(done, review(s), LAND, true, ""))
                .hasFieldOrPropertyWithValue("key", "cases.joint.answer.not-open");
    }

    @Test
    void aBranchDueOnFriday9OctoberMovesToMonday12OctoberAfterAPauseOfTwoWorkingDaysOverTheWorkedSaturday() {
        assertThat(rules.moved(LocalDate.of(2026, 10, 9), 2)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(rules.moved(LocalDate.of(2026, 10, 9), 0)).isEqualTo(LocalDate.of(2026, 10, 9));
    }
}
