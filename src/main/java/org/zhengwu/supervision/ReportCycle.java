package org.zhengwu.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a report form is due (报送周期): weekly (Monday to Sunday), every ten days (旬: the 1st–10th, the
 * 11th–20th, the 21st to the month's end), monthly, quarterly. Periods are named by their first day; the label key
 * is {@code reporting.cycle.NAME}.
 */
public enum ReportCycle {
    WEEKLY, TEN_DAYS, MONTHLY, QUARTERLY;

    /** The first day of the period that contains {@code day}. */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case TEN_DAYS -> day.withDayOfMonth(day.getDayOfMonth() <= 10 ? 1 : day.getDayOfMonth() <= 20 ? 11 : 21);
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        };
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate periodEnd(LocalDate start) {
        return next(start).minusDays(1);
    }

    /** The first day of the period after the one that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(1);
            case TEN_DAYS -> start.getDayOfMonth() == 21 ? start.withDayOfMonth(1).plusMonths(1) : start.plusDays(10);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
        };
    }

    /** The first day of the period before the one that starts on {@code start}. */
    public LocalDate previous(LocalDate start) {
        return periodStart(start.minusDays(1));
    }

    /** A period in words: 2026年11月, 2026年11月中旬, 2026年第4季度, 2026年11月30日至12月6日. */
    public String label(LocalDate start) {
        return switch (this) {
            case WEEKLY -> {
                LocalDate end = periodEnd(start);
                yield start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日至"
                        + (end.getYear() != start.getYear() ? end.getYear() + "年" : "")
                        + end.getMonthValue() + "月" + end.getDayOfMonth() + "日";
            }
            case TEN_DAYS -> start.getYear() + "年" + start.getMonthValue() + "月"
                    + (start.getDayOfMonth() == 1 ? "上旬" : start.getDayOfMonth() == 11 ? "中旬" : "下旬");
            case MONTHLY -> start.getYear() + "年" + start.getMonthValue() + "月";
            case QUARTERLY -> start.getYear() + "年第" + start.get(IsoFields.QUARTER_OF_YEAR) + "季度";
        };
    }

    public String labelKey() {
        return "reporting.cycle." + name();
    }
}
