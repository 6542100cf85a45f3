package org.zhengwu.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengwu.content.ContentCategory;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.review.GateVerdict;
import org.zhengwu.review.internal.ReviewWorkflow.Actor;
import org.zhengwu.review.internal.ReviewWorkflow.Decision;
import org.zhengwu.review.internal.ReviewWorkflow.Item;
import org.zhengwu.review.internal.ReviewWorkflow.State;
import org.zhengwu.review.internal.ReviewWorkflow.Step;

/** The review state machine on its own, without a database. */
class ReviewWorkflowTest {

    static final long UNIT = 10;
    static final long PARTY = 20;
    static final long GOVERNMENT = 21;
    static final long SECRECY = 30;
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00+08:00");

    final Actor editor = new Actor(1L, "信息员", StaffRole.EDITOR, UNIT);
    final Actor leader = new Actor(2L, "单位领导", StaffRole.UNIT_REVIEWER, UNIT);
    final Actor office = new Actor(3L, "政府办", StaffRole.OFFICE_REVIEWER, GOVERNMENT);
    final Actor partyOffice = new Actor(4L, "市委办", StaffRole.OFFICE_REVIEWER, PARTY);
    final Actor secrecy = new Actor(5L, "保密办", StaffRole.SECRECY_REVIEWER, SECRECY);

    final ReviewChain standard = ReviewChain.standard(PARTY, GOVERNMENT, SECRECY);
    final ReviewWorkflow draft = ReviewWorkflow.start(7, false, false, 1, 1);
    final Item firstVersion = new Item(false, 1, 1);

    ReviewWorkflow submitted(ReviewChain chain, boolean urgent) {
        return draft.submit(firstVersion, chain.plan(UNIT, ContentCategory.GOVERNMENT), urgent, editor,
                chain.forbidSelfReview(), GateVerdict.clear(), false).next();
    }

    @Test
    void theStandardChainGoesFromTheUnitThroughTheGovernmentOfficeToSecrecyAndPublishes() {
        ReviewWorkflow w = submitted(standard, false);
        assertThat(w.state()).isEqualTo(State.SUBMITTED);
        assertThat(w.currentStep().orElseThrow().unitId()).isEqualTo(UNIT);
        w = w.approve(leader, 1, firstVersion, Set.of(1L), null, NOW).next();
        assertThat(w.currentStep().orElseThrow()).extracting(Step::role, Step::unitId)
                .containsExactly(StaffRole.OFFICE_REVIEWER, GOVERNMENT);
        w = w.approve(office, 1, firstVersion, Set.of(1L), null, NOW).next();
        var last = w.approve(secrecy, 1, firstVersion, Set.of(1L), null, NOW);
        assertThat(last.next().state()).isEqualTo(State.PUBLISHED);
        assertThat(last.publishVersion()).isEqualTo(1);
        assertThat(last.approved()).isTrue();
        assertThat(last.entries()).extracting(ReviewWorkflow.Entry::decision).containsExactly(Decision.APPROVED, Decision.PUBLISHED);
    }

    @Test
    void aPartyMatterGoesToThePartyOffice() {
        var plan = standard.plan(UNIT, ContentCategory.PARTY);
        assertThat(plan.get(1).unitId()).isEqualTo(PARTY);
        assertThat(standard.plan(UNIT, ContentCategory.GOVERNMENT).get(1).unitId()).isEqualTo(GOVERNMENT);
    }

    @Test
    void aReturnWithoutAReasonIsRefused() {
        ReviewWorkflow w = submitted(standard, false);
        assertThatThrownBy(() -> w.returnToEditor(leader, 1, firstVersion, Set.of(1L), "  "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("review.reason.required");
        var back = w.returnToEditor(leader, 1, firstVersion, Set.of(1L), "数据有误");
        assertThat(back.next().state()).isEqualTo(State.RETURNED);
        assertThat(back.next().reason()).isEqualTo("数据有误");
    }

    @Test
    void theWrongLevelsReviewerIsRefused() {
        ReviewWorkflow w = submitted(standard, false);
        assertThatThrownBy(() -> w.approve(secrecy, 1, firstVersion, Set.of(), null, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("review.not-your-level");
    }

    @Test
    void approvingAVersionThatChangedAfterSubmissionIsRefused() {
        ReviewWorkflow w = submitted(standard, false);
        Item changed = new Item(false, 2, 2);
        assertThatThrownBy(() -> w.approve(leader, 1, changed, Set.of(), null, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("review.version.stale");
        assertThat(w.edited(2).next().state()).isEqualTo(State.DRAFT);
    }

    @Test
    void reviewingOnesOwnItemIsRefusedWhereTheChainForbidsIt() {
        ReviewChain peers = new ReviewChain(List.of(new ReviewChain.Level(StaffRole.EDITOR, new ReviewChain.ReviewerUnit.OwnUnit(), false)), true);
        ReviewWorkflow w = submitted(peers, false);
        assertThatThrownBy(() -> w.approve(editor, 1, firstVersion, Set.of(1L), null, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("review.self-review");
        Actor colleague = new Actor(9L, "同事", StaffRole.EDITOR, UNIT);
        assertThat(w.approve(colleague, 1, firstVersion, Set.of(1L), null, NOW).next().state()).isEqualTo(State.PUBLISHED);

        ReviewChain allowed = new ReviewChain(peers.levels(), false);
        assertThat(submitted(allowed, false).approve(editor, 1, firstVersion, Set.of(1L), null, NOW).next().state())
                .isEqualTo(State.PUBLISHED);
    }

    @Test
    void anUrgentItemSkipsOnlyTheLevelsThatAllowItAndTheSkipIsRecorded() {
        assertThat(submitted(standard, true).currentStep().orElseThrow().level()).isEqualTo(1);
        ReviewChain skippable = new ReviewChain(List.of(standard.levels().get(0),
                new ReviewChain.Level(StaffRole.OFFICE_REVIEWER, standard.levels().get(1).unit(), true),
                standard.levels().get(2)), true);
        var t = draft.submit(firstVersion, skippable.plan(UNIT, ContentCategory.GOVERNMENT), true, editor, true,
                GateVerdict.clear(), false);
        assertThat(t.entries()).extracting(ReviewWorkflow.Entry::decision)
                .containsExactly(Decision.SUBMITTED_URGENT, Decision.SKIPPED);
        ReviewWorkflow afterLeader = t.next().approve(leader, 1, firstVersion, Set.of(), null, NOW).next();
        assertThat(afterLeader.currentStep().orElseThrow().role()).isEqualTo(StaffRole.SECRECY_REVIEWER);
        // not urgent: nothing is skipped
        assertThat(submitted(skippable, false).plan()).noneMatch(Step::skipped);
    }

    @Test
    void aBlockingFindingStopsSubmissionUnlessAReviewerOverrodeIt() {
        GateVerdict blocked = new GateVerdict(List.of("身份证号 第3段"), List.of());
        var plan = standard.plan(UNIT, ContentCategory.GOVERNMENT);
        assertThatThrownBy(() -> draft.submit(firstVersion, plan, false, editor, true, blocked, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("review.gate.blocked");
        assertThat(draft.submit(firstVersion, plan, false, editor, true, blocked, true).next().state()).isEqualTo(State.SUBMITTED);
        var o = draft.override(leader, 1, firstVersion, Set.of(1L), true, "已核实为公开信息");
        assertThat(o.entries()).extracting(ReviewWorkflow.Entry::decision, ReviewWorkflow.Entry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Decision.OVERRIDDEN, "已核实为公开信息"));
        assertThatThrownBy(() -> draft.override(leader, 1, firstVersion, Set.of(), true, ""))
                .hasMessageContaining("review.reason.required");
    }

    @Test
    void anItemWithAFuturePublishTimeWaitsAfterApprovalAndGoesOnlineWhenDue() {
        ReviewChain one = new ReviewChain(List.of(standard.levels().get(0)), true);
        OffsetDateTime later = NOW.plusDays(2);
        var t = submitted(one, false).approve(leader, 1, firstVersion, Set.of(), later, NOW);
        assertThat(t.next().state()).isEqualTo(State.APPROVED);
        assertThat(t.publishVersion()).isNull();
        assertThatThrownBy(() -> t.next().publishDue(NOW.plusDays(1))).hasMessageContaining("review.publish.not-due");
        var due = t.next().publishDue(later);
        assertThat(due.next().state()).isEqualTo(State.PUBLISHED);
        assertThat(due.publishVersion()).isEqualTo(1);
        // a new version saved meanwhile: the approval lapses, nothing is published at the time
        assertThatThrownBy(() -> t.next().edited(2).next().publishDue(later)).hasMessageContaining("review.publish.not-due");
    }

    @Test
    void aWithdrawalNeedsAReasonGoesThroughTheChainAndTakesTheItemOffline() {
        ReviewChain one = new ReviewChain(List.of(standard.levels().get(0)), true);
        ReviewWorkflow live = ReviewWorkflow.start(7, true, false, 3, 3);
        Item online = new Item(true, 3, 3);
        var plan = one.plan(UNIT, ContentCategory.GOVERNMENT);
        assertThatThrownBy(() -> live.requestWithdrawal(online, plan, false, editor, true, ""))
                .hasMessageContaining("review.reason.required");
        ReviewWorkflow asked = live.requestWithdrawal(online, plan, false, editor, true, "信息已过期").next();
        assertThat(asked.state()).isEqualTo(State.WITHDRAWAL_REQUESTED);
        var done = asked.approve(leader, 3, online, Set.of(1L), null, NOW);
        assertThat(done.next().state()).isEqualTo(State.UNPUBLISHED);
        assertThat(done.unpublish()).isTrue();
        var refused = asked.returnToEditor(leader, 3, online, Set.of(1L), "仍在有效期内");
        assertThat(refused.next().state()).isEqualTo(State.PUBLISHED);
        assertThatThrownBy(() -> draft.requestWithdrawal(firstVersion, plan, false, editor, true, "x"))
                .hasMessageContaining("review.withdrawal.not-published");
    }

    @Test
    void aChainWithoutAnOfficeCannotRouteAndSaysWhichLevel() {
        ReviewChain missing = ReviewChain.standard(null, GOVERNMENT, SECRECY);
        assertThatThrownBy(() -> missing.plan(UNIT, ContentCategory.PARTY))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).args()).containsExactly(2));
        assertThat(missing.plan(UNIT, ContentCategory.GOVERNMENT)).hasSize(3);
    }

    @Test
    void aChainWhoseEveryLevelMaySkipIsRefused() {
        ReviewChain all = new ReviewChain(List.of(new ReviewChain.Level(StaffRole.UNIT_REVIEWER, new ReviewChain.ReviewerUnit.OwnUnit(), true)), true);
        assertThatThrownBy(all::validate).hasMessageContaining("review.chain.all-skippable");
        assertThatThrownBy(() -> new ReviewChain(List.of(), true).validate()).hasMessageContaining("review.chain.levels.none");
        assertThatThrownBy(() -> new ReviewChain(List.of(new ReviewChain.Level(StaffRole.ADMINISTRATOR,
                new ReviewChain.ReviewerUnit.OwnUnit(), false)), true).validate()).hasMessageContaining("review.chain.level.role");
    }
}
