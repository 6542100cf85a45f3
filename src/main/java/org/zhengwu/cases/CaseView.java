package org.zhengwu.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One case as the engine keeps it.
 *
 * @param assignedOn         the day the current unit got it (its clock starts the next working day); null while
 *                           unassigned
 * @param deadline           the last working day to close it; null while unassigned
 * @param closedAt           when it was last closed; null while not closed
 * @param extensionRequested working days of a pending extension request, or null
 */
public record CaseView(long id, String typeCode, String reference, String subject, String category, String state,
                       CasePhase phase, Long ownerUnitId, Long handlerAccountId, OffsetDateTime openedAt,
                       LocalDate assignedOn, LocalDate deadline, OffsetDateTime closedAt, Integer extensionRequested,
                       long version) {

    /** Open and past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return phase == CasePhase.OPEN && deadline != null && today.isAfter(deadline);
    }

    /** Closed by its deadline (null while not closed or never assigned). */
    public Boolean closedOnTime() {
        if (phase != CasePhase.CLOSED || closedAt == null || deadline == null) {
            return null;
        }
        return !closedAt.toLocalDate().isAfter(deadline);
    }
}
