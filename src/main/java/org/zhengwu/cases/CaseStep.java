package org.zhengwu.cases;

/**
 * A move of a case to another state of its flow.
 *
 * @param toState            the state to move to; the flow must allow it
 * @param note               what the history shows (a reason, "答复已发送"); may be empty
 * @param restartWorkingDays when not null, the deadline starts again from today with this many days (a reopened
 *                           letter, a petition's handling after acceptance); the case must then be owned by a unit
 * @param restartInCalendarDays whether those days are calendar days (自然日) rather than working days; from then on
 *                           the case's extensions and pauses count the same kind of days
 */
public record CaseStep(String toState, String note, Integer restartWorkingDays, boolean restartInCalendarDays) {

    /** A restart in working days (or none). */
    public CaseStep(String toState, String note, Integer restartWorkingDays) {
        this(toState, note, restartWorkingDays, false);
    }

    public static CaseStep to(String state, String note) {
        return new CaseStep(state, note, null);
    }

    /** A move whose deadline starts again from today with the given limit. */
    public static CaseStep restart(String state, String note, TimeLimit limit) {
        return new CaseStep(state, note, limit.days(), limit.calendarDays());
    }

    /** The restart's limit, or null when the deadline stays. */
    public TimeLimit restartLimit() {
        return restartWorkingDays == null ? null : new TimeLimit(restartWorkingDays, restartInCalendarDays);
    }
}
