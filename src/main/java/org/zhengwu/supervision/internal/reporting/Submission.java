package org.zhengwu.supervision.internal.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One unit's report for one period, as mirrored beside its case.
 *
 * @param dueOn        the period's deadline: {@code deadlineDays} working days after its last day
 * @param late         the last submission came after the case's deadline at that time
 * @param returns      how many times the supervisor sent it back
 * @param returnReason the last return's reason, or null
 */
public record Submission(long id, long formId, long unitId, LocalDate periodStart, LocalDate periodEnd,
                         LocalDate dueOn, long caseId, SubmissionState state, OffsetDateTime submittedAt,
                         boolean late, int returns, String returnReason) {

    /** Submitted or approved: its figures count. */
    public boolean received() {
        return state == SubmissionState.SUBMITTED || state == SubmissionState.APPROVED;
    }
}
