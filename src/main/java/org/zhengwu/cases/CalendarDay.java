package org.zhengwu.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** One entry of the calendar: a holiday or a make-up workday, with its name (国庆节, 国庆节调休). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    static boolean weekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
