package org.zhengwu.cases;

import java.time.LocalDate;

/**
 * Published by the engine's deadline job after commit, once per case (or joint-review branch), kind and deadline: a
 * reminder before the deadline, the overdue warning after it, the escalation to the supervisors. The console notices
 * are already stored when it is published; listeners may send e-mail.
 *
 * @param unitId   the unit reminded: the owning unit, or for a branch the unit asked
 * @param branchId the joint-review branch it is about ({@link JointReview.Branch#id()}), null for the case itself
 */
public record CaseReminder(long caseId, String typeCode, String reference, String subject, Kind kind, Long unitId,
                           LocalDate deadline, Long branchId) {

    /** A reminder about the case itself. */
    public CaseReminder(long caseId, String typeCode, String reference, String subject, Kind kind, Long unitId,
                        LocalDate deadline) {
        this(caseId, typeCode, reference, subject, kind, unitId, deadline, null);
    }

    public enum Kind {
        DUE_SOON, OVERDUE, ESCALATED
    }
}
