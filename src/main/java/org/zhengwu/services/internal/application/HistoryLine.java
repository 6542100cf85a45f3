package org.zhengwu.services.internal.application;

import java.time.OffsetDateTime;

/** One line of the history the applicant may see: when, the state reached, and the note meant for them (or empty). */
public record HistoryLine(OffsetDateTime at, ApplicationState state, String note) {
}
