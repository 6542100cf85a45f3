package org.zhengwu.services.internal.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the applicant sees after the look-up: the state, the history without internal notes, and while a 补正 is
 * asked for, what to correct and the slots to upload into; {@code correctionNote} is also the reason of a 中止
 * while the application is suspended.
 */
public record ApplicantView(String number, String itemName, ApplicationState state, OffsetDateTime submittedAt,
                            LocalDate deadline, List<HistoryLine> history, String correctionNote,
                            List<FormField> correctionSlots, boolean resultAttached) {
}
