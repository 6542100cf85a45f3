package org.zhengwu.petitions.internal.screening;

import java.time.LocalDate;

/** A screening round: its name, the period screened, the day the units' reports are due and who opened it. */
public record Round(long id, String name, LocalDate from, LocalDate to, LocalDate dueOn, String createdBy) {
}
