package org.zhengwu.cases;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Which days are working days: Monday to Friday, except the holidays, plus the make-up workdays. Immutable.
 *
 * <p>For the covered years it keeps one int per day, the number of working days from the first covered day up to and
 * including that day (a prefix count), so that {@link #workingDaysBetween} is two array reads and
 * {@link #addWorkingDays} a binary search of about twelve steps over ten years. Days outside the covered years follow
 * the weekend rule alone (nobody has entered their holidays), computed arithmetically or, before the first year, day
 * by day.
 */
public final class WorkingDayCalendar {

    private final long first;   // epoch day of 1 January of the first covered year
    private final long last;    // epoch day of 31 December of the last covered year
    private final int[] rank;   // rank[i]: working days in [first, first + i]

    private WorkingDayCalendar(long first, long last, int[] rank) {
        this.first = first;
        this.last = last;
        this.rank = rank;
    }

    /**
     * A calendar covering at least the years {@code firstYear..lastYear} and every year that has an entry. The
     * entries must have distinct dates (the store guarantees it).
     */
    public static WorkingDayCalendar of(Collection<CalendarDay> days, int firstYear, int lastYear) {
        int from = firstYear;
        int to = lastYear;
        for (CalendarDay d : days) {
            from = Math.min(from, d.date().getYear());
            to = Math.max(to, d.date().getYear());
        }
        long first = LocalDate.of(from, 1, 1).toEpochDay();
        long last = LocalDate.of(to, 12, 31).toEpochDay();
        int length = Math.toIntExact(last - first + 1);
        byte[] working = new byte[length];
        for (int i = 0; i < length; i++) {
            working[i] = (byte) (weekday(first + i) ? 1 : 0);
        }
        for (CalendarDay d : days) {
            working[(int) (d.date().toEpochDay() - first)] = (byte) (d.kind() == DayKind.MAKEUP_WORKDAY ? 1 : 0);
        }
        int[] rank = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            count += working[i];
            rank[i] = count;
        }
        return new WorkingDayCalendar(first, last, rank);
    }

    /** A calendar with weekends only, for the given years. */
    public static WorkingDayCalendar weekendsOnly(int firstYear, int lastYear) {
        return of(java.util.List.of(), firstYear, lastYear);
    }

    public boolean isWorkingDay(LocalDate date) {
        long e = date.toEpochDay();
        return rankAt(e) - rankAt(e - 1) == 1;
    }

    /**
     * The deadline {@code n} working days after {@code start}. As the Chinese administrative rule counts periods, the
     * start day itself does not count (the period starts the next day, 期间开始之日不计算在期间内): the result is the
     * n-th working day strictly after {@code start}, so a last day that would fall on a holiday or weekend has
     * already moved on to the next working day. With {@code n = 0} it is {@code start} if that is a working day, else
     * the next working day.
     *
     * @throws IllegalArgumentException if n is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        long s = start.toEpochDay();
        if (n == 0) {
            return isWorkingDay(start) ? start : addWorkingDays(start, 1);
        }
        long target = rankAt(s) + (long) n;
        if (s >= first && target <= rank[rank.length - 1]) {
            // lowest index whose prefix count reaches target: that day is working, and the n-th after start
            int lo = (int) (s - first) + 1;
            int hi = rank.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (rank[mid] >= target) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return LocalDate.ofEpochDay(first + lo);
        }
        long d = s;
        int left = n;
        while (left > 0) {
            d++;
            if (rankAt(d) - rankAt(d - 1) == 1) {
                left--;
            }
        }
        return LocalDate.ofEpochDay(d);
    }

    /**
     * The working days after {@code a} up to and including {@code b}, counted as {@link #addWorkingDays} counts, so
     * that {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}; negative when {@code b} is before {@code a}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        return Math.toIntExact(rankAt(b.toEpochDay()) - rankAt(a.toEpochDay()));
    }

    /** Working days from the first covered day to e inclusive (negative or weekend-rule outside the years). */
    private long rankAt(long e) {
        if (e < first) {
            return -weekdaysIn(e + 1, first - 1);
        }
        if (e <= last) {
            return rank[(int) (e - first)];
        }
        return rank[rank.length - 1] + weekdaysIn(last + 1, e);
    }

    private static boolean weekday(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) < 5; // 1970-01-01 was a Thursday: +3 makes Monday 0
    }

    /** Monday-to-Friday days in [from, to]; 0 when the interval is empty. */
    private static long weekdaysIn(long from, long to) {
        return to < from ? 0 : weekdaysBefore(to + 1) - weekdaysBefore(from);
    }

    private static long weekdaysBefore(long epochDay) {
        long m = epochDay + 3; // days since Monday 1969-12-29
        return Math.floorDiv(m, 7) * 5 + Math.min(Math.floorMod(m, 7), 5);
    }
}
