package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.scores.SiteInspections;
import org.zhengwu.supervision.internal.scores.WeekState;

/**
 * The self-inspection's results as the tests plant them, per site code (the scores read them through
 * {@link SiteInspections}; the inspection's own store is the production one). Primary, so it stands in for that
 * store in tests that plant results.
 */
@Component
@Primary
public class PlantedInspections implements SiteInspections {

    private final Map<String, List<IndicatorReading>> latest = new ConcurrentHashMap<>();
    private final Map<String, List<WeekState>> weeks = new ConcurrentHashMap<>();

    @Override
    public List<IndicatorReading> latest(String siteCode) {
        return latest.getOrDefault(siteCode, List.of());
    }

    @Override
    public List<WeekState> weekly(String siteCode, int count) {
        List<WeekState> all = weeks.getOrDefault(siteCode, List.of());
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    /** Every indicator healthy except those given, with these states. */
    public static Map<Indicator, IndicatorState> healthyExcept(Map<Indicator, IndicatorState> faults) {
        Map<Indicator, IndicatorState> states = new java.util.EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            states.put(i, faults.getOrDefault(i, IndicatorState.HEALTHY));
        }
        return states;
    }

    public void week(String siteCode, LocalDate monday, Map<Indicator, IndicatorState> faults) {
        List<WeekState> list = new ArrayList<>(weeks.getOrDefault(siteCode, List.of()));
        list.add(new WeekState(monday, healthyExcept(faults)));
        list.sort(Comparator.comparing(WeekState::weekStart));
        weeks.put(siteCode, List.copyOf(list));
    }

    /** The latest results: every indicator healthy but the given readings. */
    public void latest(String siteCode, List<IndicatorReading> faults) {
        List<IndicatorReading> readings = new ArrayList<>(faults);
        for (Indicator i : Indicator.values()) {
            if (faults.stream().noneMatch(r -> r.indicator() == i)) {
                readings.add(new IndicatorReading(i, siteCode, IndicatorState.HEALTHY, 0, 1, null, "正常", List.of()));
            }
        }
        latest.put(siteCode, List.copyOf(readings));
    }

    public static IndicatorReading fault(Indicator indicator, String siteCode, IndicatorState state, String summary,
                                         Offender... offenders) {
        return new IndicatorReading(indicator, siteCode, state, offenders.length, 1, null, summary, List.of(offenders));
    }
}
