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

    /** The value as people read it: "—" when not measured, a percentage for a share, else the figure. */
    public String valueText() {
        return text(indicator, value);
    }

    public String thresholdText() {
        return text(indicator, threshold);
    }

    static String text(Indicator indicator, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        if (indicator == Indicator.SITE_UNREACHABLE) {
            return String.format(java.util.Locale.ROOT, "%.1f%%", v * 100);
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
