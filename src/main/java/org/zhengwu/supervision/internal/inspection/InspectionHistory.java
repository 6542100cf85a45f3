package org.zhengwu.supervision.internal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.zhengwu.supervision.internal.scores.SiteInspections;
import org.zhengwu.supervision.internal.scores.WeekState;

/** The inspection's stored readings and weekly history as the scores read them. */
@Component
class InspectionHistory implements SiteInspections {

    private final ReadingStore store;
    private final Clock clock;

    InspectionHistory(ReadingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<IndicatorReading> latest(String siteCode) {
        return store.latest(siteCode);
    }

    @Override
    public List<WeekState> weekly(String siteCode, int weeks) {
        // twice the span, so weeks without a run (the server down) still leave the last N recorded ones
        LocalDate since = LocalDate.now(clock).minusWeeks(2L * weeks + 1);
        Map<LocalDate, Map<Indicator, IndicatorState>> byWeek = new TreeMap<>();
        for (ReadingStore.Week w : store.weeks(siteCode, since)) {
            byWeek.computeIfAbsent(w.weekStart(), k -> new EnumMap<>(Indicator.class)).put(w.indicator(), w.state());
        }
        List<WeekState> all = byWeek.entrySet().stream().map(e -> new WeekState(e.getKey(), e.getValue())).toList();
        return all.subList(Math.max(0, all.size() - weeks), all.size());
    }
}
