package org.zhengwu.review;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Review figures for other modules' statistics (the supervision's unit scores): per unit that owns the items, how
 * many submissions (提交审核, urgent or not) and how many returns (退回修改) were recorded in a period. Counts only.
 */
public interface ReviewFigures {

    /** Per owning unit id, the decisions recorded in [from, until); units with none are absent. */
    Map<Long, Counts> perUnit(OffsetDateTime from, OffsetDateTime until);

    /** Submissions and returns of one unit's items. */
    record Counts(long submitted, long returned) {

        /** The share of submissions that came back (0 when nothing was submitted). */
        public double returnRate() {
            return submitted == 0 ? 0 : Math.min(1, (double) returned / submitted);
        }
    }
}
