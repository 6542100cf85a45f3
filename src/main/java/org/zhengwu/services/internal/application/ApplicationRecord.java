package org.zhengwu.services.internal.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An application's row; {@code answers} is still encrypted. */
public record ApplicationRecord(long id, String number, String queryHash, long itemId, long caseId, long unitId,
                                ApplicationState state, LocalDate deadline, ApplicationState correctionFrom,
                                String correctionNote, String answers, OffsetDateTime submittedAt) {
}
