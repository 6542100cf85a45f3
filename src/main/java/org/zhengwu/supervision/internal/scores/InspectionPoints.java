package org.zhengwu.supervision.internal.scores;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;

/**
 * A site's points on the scorecard out of {@value #FULL}: a tripped single-veto item (单项否决) makes them 0; each
 * tripped deduction item (扣分项) costs {@value #DEDUCTION}. An indicator that could not be measured counts as tripped
 * (a failed measurement is never healthy), and a site without any result has 0 points.
 *
 * @param vetoes     the veto items tripped (or not measured)
 * @param deductions the deduction items tripped (or not measured)
 */
public record InspectionPoints(int points, List<Indicator> vetoes, List<Indicator> deductions, boolean measured) {

    public static final int FULL = 100;
    public static final int DEDUCTION = 10;

    public static InspectionPoints ofReadings(Collection<IndicatorReading> readings) {
        Map<Indicator, IndicatorState> states = new java.util.EnumMap<>(Indicator.class);
        readings.forEach(r -> states.put(r.indicator(), r.state()));
        return of(states);
    }

    public static InspectionPoints of(Map<Indicator, IndicatorState> states) {
        if (states.isEmpty()) {
            return new InspectionPoints(0, List.of(), List.of(), false);
        }
        List<Indicator> vetoes = new ArrayList<>();
        List<Indicator> deductions = new ArrayList<>();
        states.forEach((indicator, state) -> {
            if (state == IndicatorState.TRIPPED || state == IndicatorState.NOT_MEASURED) {
                (indicator.veto() ? vetoes : deductions).add(indicator);
            }
        });
        vetoes.sort(null);
        deductions.sort(null);
        int points = vetoes.isEmpty() ? Math.max(0, FULL - DEDUCTION * deductions.size()) : 0;
        return new InspectionPoints(points, vetoes, deductions, true);
    }

    public boolean vetoed() {
        return !vetoes.isEmpty();
    }
}
