package org.zhengwu.services.internal.application;

import static org.zhengwu.services.internal.application.ApplicationState.ACCEPTED;
import static org.zhengwu.services.internal.application.ApplicationState.CORRECTION;
import static org.zhengwu.services.internal.application.ApplicationState.DENIED;
import static org.zhengwu.services.internal.application.ApplicationState.DONE;
import static org.zhengwu.services.internal.application.ApplicationState.GRANTED;
import static org.zhengwu.services.internal.application.ApplicationState.REFUSED_INTAKE;
import static org.zhengwu.services.internal.application.ApplicationState.REVIEW;
import static org.zhengwu.services.internal.application.ApplicationState.SUBMITTED;
import static org.zhengwu.services.internal.application.ApplicationState.SUSPENDED;

import java.util.Optional;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.platform.RuleViolation;

/**
 * An application's flow, the whole state machine in one place; the case engine's {@link #CASE_FLOW} is derived from
 * the same rules, so the engine allows exactly the moves the steps make.
 *
 * <pre>
 *  SUBMITTED ──accept──▶ ACCEPTED ──review──▶ REVIEW ──grant──▶ GRANTED ──finish──▶ DONE
 *   │  │  ▲                │  ▲                 └──deny───▶ DENIED ──finish──▶ DONE
 *   │  │  └─ answered ─┐   │  └─ answered ─┐
 *   │  └── correct ──▶ CORRECTION ◀─ correct ┘  (the answer returns to where the request came from)
 *   └── refuse (不予受理, a reason) ──▶ REFUSED_INTAKE
 *
 *  ACCEPTED or REVIEW ──suspend (中止, a reason)──▶ SUSPENDED ──resume (恢复)──▶ back where it was
 * </pre>
 *
 * <p>补正 and 中止 stop the case's clock (the engine's pause); the answer and 恢复 start it again.
 */
public final class ApplicationFlow {

    /** What people do to an application; label key {@code service.application.step.NAME}. */
    public enum Step {
        /** 受理 */
        ACCEPT,
        /** 不予受理, with a reason */
        REFUSE,
        /** 要求补正, naming what is missing */
        CORRECT,
        /** the applicant's answer to a 补正 request */
        ANSWER,
        /** 开始审查 */
        REVIEW,
        /** 决定：准予 */
        GRANT,
        /** 决定：不予许可, with reasons */
        DENY,
        /** 办结, with the result document */
        FINISH,
        /** 中止, with a reason: the clock stops until 恢复 */
        SUSPEND,
        /** 恢复: handling goes on where it was suspended, the deadline later by the paused working days */
        RESUME;

        /** Whether the step needs a note (a reason, what to correct). */
        public boolean needsNote() {
            return this == REFUSE || this == CORRECT || this == DENY || this == SUSPEND;
        }
    }

    public static final CaseFlow CASE_FLOW = caseFlow();

    private ApplicationFlow() {
    }

    /**
     * Where a step leads.
     *
     * @param correctionFrom for {@link Step#ANSWER} and {@link Step#RESUME}: the state the 补正 request or the 中止
     *                       came from
     */
    public static ApplicationState next(ApplicationState from, Step step, ApplicationState correctionFrom) {
        return target(from, step, correctionFrom)
                .orElseThrow(() -> new RuleViolation("service.application.step.refused", from.name(), step.name()));
    }

    public static boolean allows(ApplicationState from, Step step) {
        return target(from, step, SUBMITTED).isPresent();
    }

    private static Optional<ApplicationState> target(ApplicationState from, Step step, ApplicationState correctionFrom) {
        ApplicationState to = switch (step) {
            case ACCEPT -> from == SUBMITTED ? ACCEPTED : null;
            case REFUSE -> from == SUBMITTED ? REFUSED_INTAKE : null;
            case CORRECT -> from == SUBMITTED || from == ACCEPTED ? CORRECTION : null;
            case ANSWER -> from == CORRECTION ? (correctionFrom == ACCEPTED ? ACCEPTED : SUBMITTED) : null;
            case REVIEW -> from == ACCEPTED ? REVIEW : null;
            case GRANT -> from == REVIEW ? GRANTED : null;
            case DENY -> from == REVIEW ? DENIED : null;
            case FINISH -> from == GRANTED || from == DENIED ? DONE : null;
            case SUSPEND -> from == ACCEPTED || from == REVIEW ? SUSPENDED : null;
            case RESUME -> from == SUSPENDED ? (correctionFrom == REVIEW ? REVIEW : ACCEPTED) : null;
        };
        return Optional.ofNullable(to);
    }

    private static CaseFlow caseFlow() {
        CaseFlow.Builder b = CaseFlow.builder("service.application.state");
        for (ApplicationState s : ApplicationState.values()) {
            b.state(s.name(), s.phase());
        }
        for (ApplicationState from : ApplicationState.values()) {
            for (Step step : Step.values()) {
                for (ApplicationState origin : new ApplicationState[] {SUBMITTED, ACCEPTED, REVIEW}) {
                    target(from, step, origin).filter(to -> to != from).ifPresent(to -> b.move(from.name(), to.name()));
                }
            }
        }
        return b.build();
    }
}
