package org.zhengwu.supervision.internal.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * One indicator measured for one site.
 *
 * @param value     the measured figure (a count, or a share between 0 and 1)
 * @param threshold the figure at which it trips, from the settings
 * @param tripsOn   for a warning, the day it will trip if nobody acts; otherwise null
 * @param summary   one Chinese sentence saying what was found
 */
public record IndicatorReading(Indicator indicator, String siteCode, IndicatorState state, double value,
                              double threshold, LocalDate tripsOn, String summary, List<Offender> offenders) {

    public IndicatorReading {
        offenders = List.copyOf(offenders);
    }

    /** A measurement that could not be made, with the reason: never healthy. */
    public static IndicatorReading notMeasured(Indicator indicator, String siteCode, double threshold, String reason) {
        return new IndicatorReading(indicator, siteCode, IndicatorState.NOT_MEASURED, Double.NaN, threshold, null,
                reason, List.of());
    }
}
