package org.zhengwu.cases;

import java.time.LocalDate;

/**
 * Published by the engine's deadline job after commit, once per case and kind: a reminder before the deadline, the
 * overdue warning after it, the escalation to the supervisors. The console notices are already stored when it is
 * published; listeners may send e-mail.
 */
public record CaseReminder(long caseId, String typeCode, String reference, String subject, Kind kind, Long unitId,
                           LocalDate deadline) {

    public enum Kind {
        DUE_SOON, OVERDUE, ESCALATED
    }
}
