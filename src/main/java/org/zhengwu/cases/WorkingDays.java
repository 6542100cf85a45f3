package org.zhengwu.cases;

import java.time.LocalDate;

/**
 * Deadlines in working days on the administrator's calendar (see {@link WorkingDayCalendar} for how days are
 * counted: the start day never counts). Answers come from a cached calendar that is rebuilt after every change.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /** The n-th working day after {@code start}, the start day not counted. */
    LocalDate addWorkingDays(LocalDate start, int n);

    /** The working days after {@code a} up to and including {@code b}. */
    int workingDaysBetween(LocalDate a, LocalDate b);

    /** The whole calendar as it stands, for callers that ask many questions at once. */
    WorkingDayCalendar calendar();
}
