package org.zhengwu.supervision.internal.inspection;

import org.zhengwu.sites.Site;

/**
 * Measures one indicator for one site. Every bean implementing it is run by the inspection for every site; a
 * measure that cannot complete returns {@link IndicatorReading#notMeasured} rather than throwing.
 */
public interface IndicatorMeasure {

    Indicator indicator();

    IndicatorReading measure(Site site, InspectionContext context);
}
