package org.zhengwu.supervision.internal.scores;

import java.time.YearMonth;
import java.util.Locale;

/** The period a unit's quota counts in; a month holds its days, four weeks, or one month. */
public enum DutyPeriod {
    DAY, WEEK, MONTH;

    /** The month's quota for {@code items} per period. */
    public int monthlyQuota(int items, YearMonth month) {
        return switch (this) {
            case DAY -> items * month.lengthOfMonth();
            case WEEK -> items * 4;
            case MONTH -> items;
        };
    }

    public String labelKey() {
        return "scores.duty.per." + name().toLowerCase(Locale.ROOT);
    }
}
