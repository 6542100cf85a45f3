package org.zhengwu.interaction.internal.publication;

import java.time.LocalDate;
import java.time.YearMonth;
import org.zhengwu.platform.RuleViolation;

/**
 * The period of the hall's statistics: a year, or one month of it; this year by default. Not after the current year,
 * not before 2000.
 *
 * @param month 1 to 12, or null for the whole year
 */
public record StatisticsPeriod(int year, Integer month) {

    public static final int FIRST_YEAR = 2000;

    /** The period as typed (blank year: this year; blank month: the whole year). */
    static StatisticsPeriod of(String year, String month, LocalDate today) {
        int y = blank(year) ? today.getYear() : number(year, FIRST_YEAR, today.getYear(), "interaction.statistics.year.invalid");
        Integer m = blank(month) ? null : number(month, 1, 12, "interaction.statistics.month.invalid");
        return new StatisticsPeriod(y, m);
    }

    public LocalDate from() {
        return month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
    }

    public LocalDate to() {
        return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    /** The message key of the period's name in the summary sentence (今年, 2025年, 2025年3月); its arguments {@link #labelArgs}. */
    public String labelKey(LocalDate today) {
        if (month == null) {
            return year == today.getYear() ? "interaction.statistics.period.this-year" : "interaction.statistics.period.year";
        }
        return "interaction.statistics.period.month";
    }

    public Object[] labelArgs() {
        return new Object[] {String.valueOf(year), month == null ? 0 : month};
    }

    /** The query string of this period for links. */
    public String query() {
        return "year=" + year + (month == null ? "" : "&month=" + month);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int number(String typed, int min, int max, String key) {
        try {
            int n = Integer.parseInt(typed.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RuleViolation(key, min, max);
    }
}
