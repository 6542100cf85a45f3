package org.zhengwu.supervision.internal.scores;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;

/**
 * The per-site scorecard (the veto items and the deduction items with their points, the weekly history) and the
 * group dashboard (the sites by standing, the weekly trend of the group's mean points), from the self-inspection.
 */
@Service
public class Scorecards {

    /** Weeks of history a scorecard and the trend show. */
    public static final int WEEKS = 12;

    /** One week of a site's history: its points and what cost them. */
    public record WeekPoints(LocalDate weekStart, InspectionPoints points) {
    }

    public record Scorecard(Site site, String unitName, SiteStanding standing, InspectionPoints points,
                            List<IndicatorReading> vetoItems, List<IndicatorReading> deductionItems,
                            List<WeekPoints> weeks) {
    }

    /** One site's line on the dashboard. */
    public record SiteLine(Site site, String unitName, SiteStanding standing, InspectionPoints points) {
    }

    /** The mean points of the group's sites that have a record of the week. */
    public record TrendPoint(LocalDate weekStart, double meanPoints, int sites) {
    }

    public record Dashboard(Map<SiteStanding, Long> byStanding, List<SiteLine> sites, List<TrendPoint> trend,
                            boolean inspected) {
    }

    private final SiteDirectory directory;
    private final MonthFigures figures;
    private final ScoreSettings settings;

    Scorecards(SiteDirectory directory, MonthFigures figures, ScoreSettings settings) {
        this.directory = directory;
        this.figures = figures;
        this.settings = settings;
    }

    public Optional<Scorecard> of(String siteCode) {
        settings.requireReader();
        return directory.siteByCode(siteCode).map(site -> {
            List<IndicatorReading> latest = figures.inspections().map(i -> i.latest(site.code())).orElse(List.of());
            Comparator<IndicatorReading> order = Comparator.comparing(IndicatorReading::indicator);
            List<WeekPoints> weeks = figures.inspections().map(i -> i.weekly(site.code(), WEEKS)).orElse(List.of())
                    .stream().map(w -> new WeekPoints(w.weekStart(), InspectionPoints.of(w.states()))).toList();
            return new Scorecard(site, unitName(site), SiteStanding.of(latest), InspectionPoints.ofReadings(latest),
                    latest.stream().filter(r -> r.indicator().veto()).sorted(order).toList(),
                    latest.stream().filter(r -> !r.indicator().veto()).sorted(order).toList(), weeks);
        });
    }

    public Dashboard dashboard() {
        settings.requireReader();
        Map<SiteStanding, Long> byStanding = new EnumMap<>(SiteStanding.class);
        for (SiteStanding s : SiteStanding.values()) {
            byStanding.put(s, 0L);
        }
        List<SiteLine> lines = new ArrayList<>();
        Map<LocalDate, double[]> weekly = new TreeMap<>();
        Optional<SiteInspections> source = figures.inspections();
        for (Site site : directory.sites()) {
            List<IndicatorReading> latest = source.map(i -> i.latest(site.code())).orElse(List.of());
            SiteStanding standing = SiteStanding.of(latest);
            byStanding.merge(standing, 1L, Long::sum);
            lines.add(new SiteLine(site, unitName(site), standing, InspectionPoints.ofReadings(latest)));
            source.ifPresent(i -> i.weekly(site.code(), WEEKS).forEach(w -> {
                double[] sum = weekly.computeIfAbsent(w.weekStart(), k -> new double[2]);
                sum[0] += InspectionPoints.of(w.states()).points();
                sum[1]++;
            }));
        }
        lines.sort(Comparator.comparing(SiteLine::standing));
        List<TrendPoint> trend = new ArrayList<>();
        weekly.forEach((week, sum) -> trend.add(new TrendPoint(week, ScoreRules.round(sum[0] / sum[1]), (int) sum[1])));
        List<TrendPoint> last = trend.subList(Math.max(0, trend.size() - WEEKS), trend.size());
        return new Dashboard(byStanding, lines, List.copyOf(last), source.isPresent());
    }

    private String unitName(Site site) {
        return directory.unit(site.unitId()).map(u -> u.name()).orElse("");
    }
}
