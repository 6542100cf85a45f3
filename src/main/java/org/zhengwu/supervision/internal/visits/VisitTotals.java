package org.zhengwu.supervision.internal.visits;

import java.time.LocalDate;

/**
 * A site's visits over a period: 网站总访问量 (page views) and 独立用户访问总量 (the days' unique visitors added up: a
 * visitor is counted once a day, as the daily hashes cannot be compared across days).
 */
public record VisitTotals(long pageViews, long uniqueVisitors) {

    /** One day's counts. */
    public record Day(LocalDate day, long pageViews, long uniqueVisitors) {
    }
}
