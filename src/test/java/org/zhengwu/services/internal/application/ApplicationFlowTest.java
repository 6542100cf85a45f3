package org.zhengwu.services.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.ACCEPT;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.ANSWER;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.CORRECT;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.FINISH;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.GRANT;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.REFUSE;

import org.junit.jupiter.api.Test;
import org.zhengwu.platform.RuleViolation;

/** An application's flow, as rules. */
class ApplicationFlowTest {

    @Test
    void anAnsweredCorrectionReturnsToWhereTheRequestCameFrom() {
        assertThat(ApplicationFlow.next(ApplicationState.SUBMITTED, CORRECT, null)).isEqualTo(ApplicationState.CORRECTION);
        assertThat(ApplicationFlow.next(ApplicationState.CORRECTION, ANSWER, ApplicationState.SUBMITTED))
                .isEqualTo(ApplicationState.SUBMITTED);
        assertThat(ApplicationFlow.next(ApplicationState.CORRECTION, ANSWER, ApplicationState.ACCEPTED))
                .isEqualTo(ApplicationState.ACCEPTED);
    }

    @Test
    void aDecisionComesOnlyAfterTheReviewAndFinishingOnlyAfterADecision() {
        assertThatThrownBy(() -> ApplicationFlow.next(ApplicationState.ACCEPTED, GRANT, null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ApplicationFlow.next(ApplicationState.REVIEW, FINISH, null))
                .isInstanceOf(RuleViolation.class);
        assertThat(ApplicationFlow.next(ApplicationState.DENIED, FINISH, null)).isEqualTo(ApplicationState.DONE);
    }

    @Test
    void anApplicationIsRefusedOrAcceptedOnlyOnceAndTheEngineKnowsTheSameMoves() {
        assertThat(ApplicationFlow.allows(ApplicationState.ACCEPTED, REFUSE)).isFalse();
        assertThat(ApplicationFlow.allows(ApplicationState.REFUSED_INTAKE, ACCEPT)).isFalse();
        assertThat(ApplicationFlow.CASE_FLOW.allows("CORRECTION", "ACCEPTED")).isTrue();
        assertThat(ApplicationFlow.CASE_FLOW.allows("SUBMITTED", "DONE")).isFalse();
        assertThat(ApplicationFlow.CASE_FLOW.initialState()).isEqualTo("SUBMITTED");
    }
}
