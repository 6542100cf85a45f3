package org.zhengwu.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A joint review (会签) of a case: several units asked in parallel, each on a branch with its own deadline; it passes
 * only if every unit agrees. A case has at most one open joint review (one with a branch still waiting); the next
 * may start once every branch has answered, and gets the next {@code number}.
 *
 * @param number   1 for the case's first joint review, 2 for the second…
 * @param branches one per unit asked, in the order they were asked
 */
public record JointReview(long caseId, int number, List<Branch> branches) {

    /**
     * One unit's part.
     *
     * @param deadline   the last working day to answer (moved like the case's when a pause ends)
     * @param agreed     null while waiting, then the unit's answer
     * @param answeredBy the staff member's display name; null while waiting
     */
    public record Branch(long id, long caseId, int reviewNumber, long unitId, LocalDate openedOn, LocalDate deadline,
                         String note, OffsetDateTime answeredAt, Boolean agreed, String opinion, String answeredBy) {

        public boolean waiting() {
            return agreed == null;
        }

        /** Waiting past its deadline on {@code today}. */
        public boolean overdueOn(LocalDate today) {
            return waiting() && today.isAfter(deadline);
        }
    }

    /** A branch waiting on a unit, with the case it is about: a line of that unit's joint-review queue. */
    public record Waiting(Branch branch, CaseView about) {
    }

    /** Every branch has answered. */
    public boolean complete() {
        return branches.stream().noneMatch(Branch::waiting);
    }

    /** Every branch has answered and agreed: the joint review passed. */
    public boolean allAgreed() {
        return complete() && branches.stream().allMatch(b -> Boolean.TRUE.equals(b.agreed()));
    }

    /** Some unit has disagreed: the joint review cannot pass, whatever the others answer. */
    public boolean anyDisagreed() {
        return branches.stream().anyMatch(b -> Boolean.FALSE.equals(b.agreed()));
    }
}
