package org.zhengwu.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.interaction.LetterState.ANSWERED;
import static org.zhengwu.interaction.LetterState.ANSWER_IN_REVIEW;
import static org.zhengwu.interaction.LetterState.ASSIGNED;
import static org.zhengwu.interaction.LetterState.RECEIVED;
import static org.zhengwu.interaction.LetterState.REFUSED;
import static org.zhengwu.interaction.LetterState.REOPENED;

import org.junit.jupiter.api.Test;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.internal.LetterFlow.Step;
import org.zhengwu.platform.RuleViolation;

class LetterFlowTest {

    @Test
    void a_received_letter_is_assigned_to_a_unit_or_refused() {
        assertThat(LetterFlow.next(RECEIVED, Step.ASSIGN, false)).isEqualTo(ASSIGNED);
        assertThat(LetterFlow.next(RECEIVED, Step.REFUSE, false)).isEqualTo(REFUSED);
    }

    @Test
    void a_letter_is_assigned_only_once_until_a_unit_returns_it() {
        for (LetterState s : new LetterState[] {ASSIGNED, ANSWER_IN_REVIEW, ANSWERED, REFUSED, REOPENED}) {
            assertThatThrownBy(() -> LetterFlow.next(s, Step.ASSIGN, false))
                    .isInstanceOf(RuleViolation.class).hasMessageStartingWith("interaction.letter.step.ASSIGN.refused");
        }
        assertThat(LetterFlow.next(LetterFlow.next(ASSIGNED, Step.NOT_OURS, false), Step.ASSIGN, false)).isEqualTo(ASSIGNED);
    }

    @Test
    void an_answer_is_submitted_while_the_unit_has_the_letter_and_goes_to_review() {
        assertThat(LetterFlow.next(ASSIGNED, Step.SUBMIT_ANSWER, false)).isEqualTo(ANSWER_IN_REVIEW);
        assertThat(LetterFlow.next(REOPENED, Step.SUBMIT_ANSWER, true)).isEqualTo(ANSWER_IN_REVIEW);
        assertThat(LetterFlow.allows(RECEIVED, Step.SUBMIT_ANSWER, false)).isFalse();
        assertThat(LetterFlow.allows(ANSWER_IN_REVIEW, Step.SUBMIT_ANSWER, false)).isFalse();
        assertThat(LetterFlow.allows(ANSWERED, Step.SUBMIT_ANSWER, false)).isFalse();
    }

    @Test
    void an_approved_answer_is_sent_and_the_letter_is_answered() {
        assertThat(LetterFlow.next(ANSWER_IN_REVIEW, Step.APPROVE_ANSWER, false)).isEqualTo(ANSWERED);
        assertThat(LetterFlow.allows(ASSIGNED, Step.APPROVE_ANSWER, false)).isFalse();
    }

    @Test
    void a_returned_answer_goes_back_to_the_unit_in_the_round_it_came_from() {
        assertThat(LetterFlow.next(ANSWER_IN_REVIEW, Step.RETURN_ANSWER, false)).isEqualTo(ASSIGNED);
        assertThat(LetterFlow.next(ANSWER_IN_REVIEW, Step.RETURN_ANSWER, true)).isEqualTo(REOPENED);
    }

    @Test
    void not_ours_and_transfer_are_refused_while_the_answer_is_in_review() {
        assertThat(LetterFlow.next(ASSIGNED, Step.NOT_OURS, false)).isEqualTo(RECEIVED);
        assertThat(LetterFlow.next(ASSIGNED, Step.TRANSFER, false)).isEqualTo(ASSIGNED);
        assertThat(LetterFlow.next(REOPENED, Step.TRANSFER, true)).isEqualTo(REOPENED);
        assertThatThrownBy(() -> LetterFlow.next(ANSWER_IN_REVIEW, Step.NOT_OURS, false))
                .hasMessageStartingWith("interaction.letter.step.NOT_OURS.refused");
        assertThatThrownBy(() -> LetterFlow.next(ANSWER_IN_REVIEW, Step.TRANSFER, false))
                .hasMessageStartingWith("interaction.letter.step.TRANSFER.refused");
    }

    @Test
    void a_first_dissatisfied_rating_reopens_an_answered_letter() {
        assertThat(LetterFlow.afterRating(ANSWERED, false, false, Rating.DISSATISFIED)).contains(REOPENED);
    }

    @Test
    void a_second_dissatisfied_rating_reopens_nothing() {
        assertThat(LetterFlow.afterRating(ANSWERED, false, true, Rating.DISSATISFIED)).isEmpty();
        assertThatThrownBy(() -> LetterFlow.next(ANSWERED, Step.REOPEN, true))
                .hasMessageStartingWith("interaction.letter.step.REOPEN.refused");
    }

    @Test
    void a_satisfied_or_basically_satisfied_rating_closes_the_matter() {
        assertThat(LetterFlow.afterRating(ANSWERED, false, false, Rating.SATISFIED)).isEmpty();
        assertThat(LetterFlow.afterRating(ANSWERED, false, false, Rating.BASICALLY_SATISFIED)).isEmpty();
    }

    @Test
    void an_answer_is_rated_once_and_only_once_it_is_sent() {
        assertThatThrownBy(() -> LetterFlow.afterRating(ANSWERED, true, false, Rating.DISSATISFIED))
                .hasMessageStartingWith("interaction.letter.rating.already");
        for (LetterState s : new LetterState[] {RECEIVED, ASSIGNED, ANSWER_IN_REVIEW, REFUSED, REOPENED}) {
            assertThatThrownBy(() -> LetterFlow.afterRating(s, false, false, Rating.SATISFIED))
                    .hasMessageStartingWith("interaction.letter.rating.not-answered");
        }
    }

    @Test
    void a_refused_letter_is_closed_and_nothing_more_happens_to_it() {
        assertThat(REFUSED.phase()).isEqualTo(CasePhase.CLOSED);
        for (Step step : Step.values()) {
            assertThat(LetterFlow.allows(REFUSED, step, false)).as(step.name()).isFalse();
        }
    }

    @Test
    void the_case_engine_allows_exactly_the_moves_the_steps_make() {
        CaseFlow flow = LetterFlow.CASE_FLOW;
        assertThat(flow.initialState()).isEqualTo("RECEIVED");
        for (LetterState s : LetterState.values()) {
            assertThat(flow.phaseOf(s.name())).isEqualTo(s.phase());
        }
        assertThat(flow.movesFrom("RECEIVED")).containsExactlyInAnyOrder("ASSIGNED", "REFUSED");
        assertThat(flow.movesFrom("ASSIGNED")).containsExactlyInAnyOrder("ANSWER_IN_REVIEW", "RECEIVED");
        assertThat(flow.movesFrom("ANSWER_IN_REVIEW")).containsExactlyInAnyOrder("ANSWERED", "ASSIGNED", "REOPENED");
        assertThat(flow.movesFrom("ANSWERED")).containsExactlyInAnyOrder("REOPENED");
        assertThat(flow.movesFrom("REOPENED")).containsExactlyInAnyOrder("ANSWER_IN_REVIEW", "RECEIVED");
        assertThat(flow.movesFrom("REFUSED")).isEmpty();
        assertThat(flow.labelKey("ANSWERED")).isEqualTo("interaction.letter.state.ANSWERED");
    }
}
