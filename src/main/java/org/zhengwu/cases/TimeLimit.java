package org.zhengwu.cases;

import java.time.LocalDate;

/**
 * A step's time limit: so many working days on the administrator's calendar (the default of letters and
 * applications), or so many calendar days (自然日), holidays counted, as the petition regulations (信访工作条例) count
 * them. Either way the start day does not count: the limit runs from the next day.
 *
 * @param days         at least 1
 * @param calendarDays true for calendar days, false for working days
 */
public record TimeLimit(int days, boolean calendarDays) {

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, false);
    }

    public static TimeLimit calendarDays(int days) {
        return new TimeLimit(days, true);
    }

    /** The same kind of days, another number of them. */
    public TimeLimit withDays(int n) {
        return new TimeLimit(n, calendarDays);
    }

    /** The last day of the limit counted from {@code start} (not counted itself). */
    public LocalDate after(LocalDate start, WorkingDayCalendar calendar) {
        return after(start, days, calendarDays, calendar);
    }

    /** {@code n} days of the given kind after {@code start}, the start day not counted. */
    public static LocalDate after(LocalDate start, int n, boolean calendarDays, WorkingDayCalendar calendar) {
        return calendarDays ? start.plusDays(n) : calendar.addWorkingDays(start, n);
    }

    /** The days of the given kind after {@code a} up to and including {@code b} (negative when b is before a). */
    public static int between(LocalDate a, LocalDate b, boolean calendarDays, WorkingDayCalendar calendar) {
        return calendarDays ? Math.toIntExact(b.toEpochDay() - a.toEpochDay()) : calendar.workingDaysBetween(a, b);
    }

    /** The word for the kind of days, for the history: 个自然日 or 个工作日. */
    public static String unit(boolean calendarDays) {
        return calendarDays ? "个自然日" : "个工作日";
    }
}
