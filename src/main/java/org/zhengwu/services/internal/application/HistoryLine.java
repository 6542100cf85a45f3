package org.zhengwu.services.internal.application;

import java.time.OffsetDateTime;

/**
 * One line of the history the applicant may see: when, what happened (a message key: the state reached, or the
 * clock started again after 补正 or 中止) and the note meant for them (or empty).
 */
public record HistoryLine(OffsetDateTime at, String key, String note) {

    /** The application reached {@code state}. */
    static HistoryLine reached(OffsetDateTime at, ApplicationState state, String note) {
        return new HistoryLine(at, "service.application.state." + state.name(), note);
    }

    /** The clock runs again; the engine's note gives the paused working days. */
    static HistoryLine resumed(OffsetDateTime at, String note) {
        return new HistoryLine(at, "service.application.resumed", note);
    }
}
