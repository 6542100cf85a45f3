package org.zhengwu.supervision.internal.scores;

import java.time.LocalDate;
import java.util.Map;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorState;

/**
 * Where a site stood on each indicator in one week of the inspection's history.
 *
 * @param weekStart the Monday the week starts on
 */
public record WeekState(LocalDate weekStart, Map<Indicator, IndicatorState> states) {

    public WeekState {
        states = Map.copyOf(states);
    }
}
