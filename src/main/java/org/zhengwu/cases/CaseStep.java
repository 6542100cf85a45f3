package org.zhengwu.cases;

/**
 * A move of a case to another state of its flow.
 *
 * @param toState            the state to move to; the flow must allow it
 * @param note               what the history shows (a reason, "答复已发送"); may be empty
 * @param restartWorkingDays when not null, the deadline starts again from today with this many working days (a
 *                           reopened letter); the case must then be owned by a unit
 */
public record CaseStep(String toState, String note, Integer restartWorkingDays) {

    public static CaseStep to(String state, String note) {
        return new CaseStep(state, note, null);
    }
}
