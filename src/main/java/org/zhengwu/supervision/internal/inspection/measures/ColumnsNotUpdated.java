package org.zhengwu.supervision.internal.inspection.measures;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.InspectionContext;

/** 栏目不更新: news columns beyond 2 weeks, notice and policy columns beyond 6 months; veto above 5 together. */
@Component
class ColumnsNotUpdated implements IndicatorMeasure {

    static final Set<ColumnKind> KINDS = Set.of(ColumnKind.NEWS, ColumnKind.NOTICE, ColumnKind.POLICY);

    private final ColumnFreshness freshness;

    ColumnsNotUpdated(ColumnFreshness freshness) {
        this.freshness = freshness;
    }

    @Override
    public Indicator indicator() {
        return Indicator.COLUMNS_NOT_UPDATED;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        return freshness.measure(indicator(), site, context, c -> KINDS.contains(c.kind()));
    }
}
