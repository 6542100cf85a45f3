package org.zhengwu.petitions.internal.duty;

import java.time.LocalDate;
import java.util.List;

/** A sensitive period (敏感时期): its name and its first and last day. */
public record Period(long id, String name, LocalDate from, LocalDate to) {

    /** Every day of the period, in order. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
