package org.zhengwu.supervision.internal.inspection.measures;

import org.springframework.stereotype.Component;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.InspectionContext;

/**
 * 应更新未更新: the other columns that set an expected interval of their own (interpretations, photos, guides,
 * downloads…) and are past it; veto above 10.
 */
@Component
class ColumnsLongStale implements IndicatorMeasure {

    private final ColumnFreshness freshness;

    ColumnsLongStale(ColumnFreshness freshness) {
        this.freshness = freshness;
    }

    @Override
    public Indicator indicator() {
        return Indicator.COLUMNS_LONG_STALE;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        return freshness.measure(indicator(), site, context,
                c -> !ColumnsNotUpdated.KINDS.contains(c.kind()) && c.updateIntervalDays() != null);
    }
}
