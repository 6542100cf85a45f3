package org.zhengwu.interaction.internal;

import static org.zhengwu.interaction.LetterState.ANSWERED;
import static org.zhengwu.interaction.LetterState.ANSWER_IN_REVIEW;
import static org.zhengwu.interaction.LetterState.ASSIGNED;
import static org.zhengwu.interaction.LetterState.RECEIVED;
import static org.zhengwu.interaction.LetterState.REFUSED;
import static org.zhengwu.interaction.LetterState.REOPENED;

import java.util.Optional;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.platform.RuleViolation;

/**
 * A letter's flow, the whole state machine in one place. Each step either names the state it leads to or refuses
 * with a readable reason ({@link RuleViolation} {@code interaction.letter.step.STEP.refused}); the case engine's
 * {@link #CASE_FLOW} is derived from these same rules, so the engine allows exactly the moves the steps make.
 *
 * <pre>
 *            assign (the dispatcher; or at once, the mailbox's unit)
 *  RECEIVED ──────────────────────────────▶ ASSIGNED ──submit answer──▶ ANSWER_IN_REVIEW ──approve──▶ ANSWERED
 *   │   ▲                                    │   ▲                          │   (the answer is sent)     │
 *   │   └────── not ours (退回, a reason) ────┘   └──── return, a reason ────┘                            │
 *   │                                                                           dissatisfied, the first time
 *   └── refuse (不予受理, a reason) ──▶ REFUSED         REOPENED ◀─────────────────────────────────────────┘
 *                                                        │ submit answer ▶ ANSWER_IN_REVIEW; a return comes back
 *                                                        │ to REOPENED; not ours ▶ RECEIVED
 * </pre>
 *
 * Transfer (转办) hands an ASSIGNED or REOPENED letter to another unit without changing its state. A second
 * dissatisfied rating is recorded but reopens nothing.
 */
public final class LetterFlow {

    /** What people do to a letter. */
    public enum Step {
        /** The dispatcher gives a received letter to a unit. */
        ASSIGN,
        /** The dispatcher refuses it (不予受理): spam, abuse, a duplicate, not the government's business. */
        REFUSE,
        /** The unit's handler sends the answer to the unit's leader. */
        SUBMIT_ANSWER,
        /** The unit's leader approves the answer: it is sent to the writer. */
        APPROVE_ANSWER,
        /** The unit's leader returns the answer to the handler with a reason. */
        RETURN_ANSWER,
        /** The unit says the letter is not theirs: back to the dispatcher with a reason. */
        NOT_OURS,
        /** The letter goes to another unit (the state stays). */
        TRANSFER,
        /** The writer's first dissatisfied rating: the unit answers once more. */
        REOPEN;

        String refusedKey() {
            return "interaction.letter.step." + name() + ".refused";
        }
    }

    /** The case engine's view of the same rules. */
    public static final CaseFlow CASE_FLOW = caseFlow();

    private LetterFlow() {
    }

    /**
     * Where a step leads from a state.
     *
     * @param reopened whether the letter was reopened before (a returned answer then goes back to REOPENED, and it
     *                 cannot be reopened again)
     */
    public static LetterState next(LetterState from, Step step, boolean reopened) {
        return target(from, step, reopened).orElseThrow(() -> new RuleViolation(step.refusedKey()));
    }

    /** Whether a step may be taken from a state (for showing only the forms that can succeed). */
    public static boolean allows(LetterState from, Step step, boolean reopened) {
        return target(from, step, reopened).isPresent();
    }

    /**
     * What the writer's rating of the current answer does: empty, or {@link LetterState#REOPENED} for the first
     * dissatisfied rating. Refused unless the letter is answered and this answer is not rated yet.
     */
    public static Optional<LetterState> afterRating(LetterState state, boolean thisAnswerRated, boolean reopened,
                                                    Rating rating) {
        if (state != ANSWERED) {
            throw new RuleViolation("interaction.letter.rating.not-answered");
        }
        if (thisAnswerRated) {
            throw new RuleViolation("interaction.letter.rating.already");
        }
        return rating == Rating.DISSATISFIED && !reopened ? Optional.of(next(state, Step.REOPEN, false)) : Optional.empty();
    }

    private static Optional<LetterState> target(LetterState from, Step step, boolean reopened) {
        LetterState to = switch (step) {
            case ASSIGN, REFUSE -> from == RECEIVED ? (step == Step.ASSIGN ? ASSIGNED : REFUSED) : null;
            case SUBMIT_ANSWER -> from == ASSIGNED || from == REOPENED ? ANSWER_IN_REVIEW : null;
            case APPROVE_ANSWER -> from == ANSWER_IN_REVIEW ? ANSWERED : null;
            case RETURN_ANSWER -> from == ANSWER_IN_REVIEW ? (reopened ? REOPENED : ASSIGNED) : null;
            case NOT_OURS -> from == ASSIGNED || from == REOPENED ? RECEIVED : null;
            case TRANSFER -> from == ASSIGNED || from == REOPENED ? from : null;
            case REOPEN -> from == ANSWERED && !reopened ? REOPENED : null;
        };
        return Optional.ofNullable(to);
    }

    /** Every state with its phase, and every move some step makes from it. */
    private static CaseFlow caseFlow() {
        CaseFlow.Builder b = CaseFlow.builder("interaction.letter.state");
        for (LetterState s : LetterState.values()) {
            b.state(s.name(), s.phase());
        }
        for (LetterState from : LetterState.values()) {
            for (Step step : Step.values()) {
                for (boolean reopened : new boolean[] {false, true}) {
                    target(from, step, reopened).filter(to -> to != from).ifPresent(to -> b.move(from.name(), to.name()));
                }
            }
        }
        return b.build();
    }
}
