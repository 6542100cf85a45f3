package org.zhengwu.supervision.internal.scores;

import java.time.YearMonth;

/** A unit's publishing quota: at least {@code items} published items per period. */
public record UnitDuty(long unitId, DutyPeriod period, int items) {

    public static final int MAX_ITEMS = 1000;

    public int monthlyQuota(YearMonth month) {
        return period.monthlyQuota(items, month);
    }
}
