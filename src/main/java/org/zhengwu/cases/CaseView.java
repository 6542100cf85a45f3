package org.zhengwu.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One case as the engine keeps it.
 *
 * @param assignedOn         the day the current unit got it (its clock starts the next working day); null while
 *                           unassigned
 * @param deadline           the last day to close it; null while unassigned. While the case is paused it
 *                           is the deadline as it stood when the clock stopped; resuming moves it (see
 *                           {@link Cases#resume})
 * @param closedAt           when it was last closed; null while not closed
 * @param extensionRequested days of a pending extension request (of the deadline's kind), or null
 * @param pause              why and since when the clock is stopped (暂停计时), or null while it runs
 * @param calendarDays       whether the deadline, its extensions and pauses count calendar days (自然日) rather than
 *                           working days ({@link TimeLimit})
 */
public record CaseView(long id, String typeCode, String reference, String subject, String category, String state,
                       CasePhase phase, Long ownerUnitId, Long handlerAccountId, OffsetDateTime openedAt,
                       LocalDate assignedOn, LocalDate deadline, OffsetDateTime closedAt, Integer extensionRequested,
                       long version, Pause pause, boolean calendarDays) {

    /** A stopped clock: the kind (one of {@link CaseType#pauseKinds()}), the reason given, the day it stopped. */
    public record Pause(String kind, String reason, LocalDate since) {
    }

    /** A case counted in working days. */
    public CaseView(long id, String typeCode, String reference, String subject, String category, String state,
                    CasePhase phase, Long ownerUnitId, Long handlerAccountId, OffsetDateTime openedAt,
                    LocalDate assignedOn, LocalDate deadline, OffsetDateTime closedAt, Integer extensionRequested,
                    long version, Pause pause) {
        this(id, typeCode, reference, subject, category, state, phase, ownerUnitId, handlerAccountId, openedAt,
                assignedOn, deadline, closedAt, extensionRequested, version, pause, false);
    }

    /** A case whose clock runs (the form before pausing existed). */
    public CaseView(long id, String typeCode, String reference, String subject, String category, String state,
                    CasePhase phase, Long ownerUnitId, Long handlerAccountId, OffsetDateTime openedAt,
                    LocalDate assignedOn, LocalDate deadline, OffsetDateTime closedAt, Integer extensionRequested,
                    long version) {
        this(id, typeCode, reference, subject, category, state, phase, ownerUnitId, handlerAccountId, openedAt,
                assignedOn, deadline, closedAt, extensionRequested, version, null);
    }

    public boolean paused() {
        return pause != null;
    }

    /** Open, its clock running, and past its deadline on {@code today}: a paused case is never overdue. */
    public boolean overdueOn(LocalDate today) {
        return phase == CasePhase.OPEN && pause == null && deadline != null && today.isAfter(deadline);
    }

    /** Closed by its deadline (null while not closed or never assigned). */
    public Boolean closedOnTime() {
        if (phase != CasePhase.CLOSED || closedAt == null || deadline == null) {
            return null;
        }
        return !closedAt.toLocalDate().isAfter(deadline);
    }
}
