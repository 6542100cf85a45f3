package org.zhengwu.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of a case's history: who did what when, from and to which state and unit, and why.
 *
 * @param action   what happened: {@link Action}
 * @param actor    the staff member's display name, 系统 for the engine's own jobs, or 公众 for the citizen
 * @param deadline the deadline after this step (null if none)
 */
public record CaseEvent(long caseId, OffsetDateTime at, Action action, String actor, String fromState, String toState,
                        Long fromUnitId, Long toUnitId, LocalDate deadline, String note) {

    /** Every kind of step; labels are {@code cases.action.NAME}. */
    public enum Action {
        OPENED, ASSIGNED, MOVED, HANDLER_SET, TRANSFERRED, RETURNED, EXTENSION_REQUESTED, EXTENSION_APPROVED,
        EXTENSION_REFUSED, REMINDED, OVERDUE, ESCALATED, REOPENED,
        /** The clock stopped (补正, 中止…); the note names the kind and the reason. */
        PAUSED,
        /** The clock runs again; the note gives the paused working days, the deadline is the moved one. */
        RESUMED,
        /** A joint review (会签) began; the note lists the units asked. */
        JOINT_REVIEW_STARTED,
        /** One unit of a joint review answered; the unit is {@code toUnitId}, the note its opinion. */
        JOINT_REVIEW_ANSWERED,
        /** The deadline job about one branch of a joint review: the unit is {@code toUnitId}, the deadline its own. */
        BRANCH_REMINDED, BRANCH_OVERDUE, BRANCH_ESCALATED
    }
}
