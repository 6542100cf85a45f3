package org.zhengwu.services.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.ACCEPT;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.ANSWER;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.CORRECT;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.FINISH;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.GRANT;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.REFUSE;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.RESUME;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.REVIEW;
import static org.zhengwu.services.internal.application.ApplicationFlow.Step.SUSPEND;

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

    @Test
    void onlyAnAcceptedApplicationOrOneUnderReviewIsSuspendedAndResumingReturnsItWhereItWas() {
        assertThat(ApplicationFlow.next(ApplicationState.ACCEPTED, SUSPEND, null)).isEqualTo(ApplicationState.SUSPENDED);
        assertThat(ApplicationFlow.next(ApplicationState.REVIEW, SUSPEND, null)).isEqualTo(ApplicationState.SUSPENDED);
        assertThat(ApplicationFlow.next(ApplicationState.SUSPENDED, RESUME, ApplicationState.REVIEW))
                .isEqualTo(ApplicationState.REVIEW);
        assertThat(ApplicationFlow.next(ApplicationState.SUSPENDED, RESUME, ApplicationState.ACCEPTED))
                .isEqualTo(ApplicationState.ACCEPTED);
        for (ApplicationState s : new ApplicationState[] {ApplicationState.SUBMITTED, ApplicationState.CORRECTION,
                ApplicationState.SUSPENDED, ApplicationState.GRANTED, ApplicationState.DONE}) {
            assertThat(ApplicationFlow.allows(s, SUSPEND)).as("中止 from " + s).isFalse();
        }
    }

    @Test
    void aSuspendedApplicationOnlyResumesAndASuspensionNeedsAReason() {
        for (ApplicationFlow.Step step : ApplicationFlow.Step.values()) {
            assertThat(ApplicationFlow.allows(ApplicationState.SUSPENDED, step)).as(step.name()).isEqualTo(step == RESUME);
        }
        assertThat(SUSPEND.needsNote()).isTrue();
        assertThat(RESUME.needsNote()).isFalse();
        assertThat(ApplicationFlow.CASE_FLOW.allows("REVIEW", "SUSPENDED")).isTrue();
        assertThat(ApplicationFlow.CASE_FLOW.allows("SUSPENDED", "REVIEW")).isTrue();
        assertThat(ApplicationFlow.CASE_FLOW.allows("SUSPENDED", "GRANTED")).isFalse();
        assertThatThrownBy(() -> ApplicationFlow.next(ApplicationState.SUSPENDED, REVIEW, null))
                .isInstanceOf(RuleViolation.class);
    }
}
