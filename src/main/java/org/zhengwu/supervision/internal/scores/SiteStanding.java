package org.zhengwu.supervision.internal.scores;

import java.util.Collection;
import java.util.Locale;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;

/** Where a site stands as a whole, the worst first: what the dashboard counts the sites by. */
public enum SiteStanding {
    /** A single-veto item tripped (or could not be measured). */
    VETOED,
    /** Deduction items tripped: points lost. */
    DEDUCTED,
    /** Nothing tripped yet, something will unless someone acts. */
    WARNING,
    /** No inspection result. */
    NOT_INSPECTED,
    HEALTHY;

    public static SiteStanding of(Collection<IndicatorReading> readings) {
        if (readings.isEmpty()) {
            return NOT_INSPECTED;
        }
        InspectionPoints points = InspectionPoints.ofReadings(readings);
        if (points.vetoed()) {
            return VETOED;
        }
        if (!points.deductions().isEmpty()) {
            return DEDUCTED;
        }
        return readings.stream().anyMatch(r -> r.state() == IndicatorState.WARNING) ? WARNING : HEALTHY;
    }

    public String labelKey() {
        return "scores.standing." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The console's tag class of the standing. */
    public String tag() {
        return switch (this) {
            case VETOED -> "tag-bad";
            case DEDUCTED, WARNING -> "tag-warn";
            case NOT_INSPECTED -> "";
            case HEALTHY -> "tag-ok";
        };
    }
}
