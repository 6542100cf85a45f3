package org.zhengwu.supervision.internal.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * The stored results as the console shows them: supervisors and the system administrator see every site, the staff
 * of a unit (信息员, 单位审核人, 办件人) their unit's sites only; anybody else is refused.
 */
@Service
@Transactional(readOnly = true)
public class InspectionResults {

    /** A site with its latest reading of every indicator (an indicator never measured reads NOT_MEASURED). */
    public record SiteResult(Site site, Map<Indicator, IndicatorReading> readings) {

        public long count(IndicatorState state, boolean vetoOnly) {
            return readings.values().stream().filter(r -> r.state() == state && (!vetoOnly || r.indicator().veto()))
                    .count();
        }

        /** Sites that fail a veto item first, then by trips, warnings, unmeasured. */
        static final Comparator<SiteResult> WORST_FIRST = Comparator
                .comparingLong((SiteResult s) -> -s.count(IndicatorState.TRIPPED, true))
                .thenComparingLong(s -> -s.count(IndicatorState.TRIPPED, false))
                .thenComparingLong(s -> -s.count(IndicatorState.WARNING, false))
                .thenComparingLong(s -> -s.count(IndicatorState.NOT_MEASURED, false));
    }

    public record Week(LocalDate weekStart, Map<Indicator, IndicatorState> states) {
    }

    public static final Set<StaffRole> UNIT_ROLES = Set.of(StaffRole.EDITOR, StaffRole.UNIT_REVIEWER,
            StaffRole.CASE_HANDLER);

    private final ReadingStore readings;
    private final NoticeStore notices;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final Tally tally;

    InspectionResults(ReadingStore readings, NoticeStore notices, SiteDirectory sites, UnitScope scope, Tally tally) {
        this.readings = readings;
        this.notices = notices;
        this.sites = sites;
        this.scope = scope;
        this.tally = tally;
    }

    /** The sites the current staff member sees, worst first. */
    public List<SiteResult> overview() {
        Set<Long> units = visibleUnits();
        Map<String, List<IndicatorReading>> bySite = readings.latestOfAll().stream()
                .collect(Collectors.groupingBy(IndicatorReading::siteCode));
        return sites.sites().stream().filter(s -> units == null || units.contains(s.unitId()))
                .map(s -> result(s, bySite.getOrDefault(s.code(), List.of())))
                .sorted(SiteResult.WORST_FIRST).toList();
    }

    /** One site's results, if the current staff member may see it. */
    public SiteResult site(String code) {
        Site site = sites.siteByCode(code).orElseThrow(() -> new NotFound("inspection.site.not-found", code));
        Set<Long> units = visibleUnits();
        if (units != null && !units.contains(site.unitId())) {
            throw new AccessDeniedException("site " + code + " is outside the caller's unit");
        }
        return result(site, readings.latest(code));
    }

    /** The site's weekly history from the last {@code weeks} weeks, oldest first. */
    public List<Week> weeks(String code, LocalDate today, int weeks) {
        site(code);
        LocalDate since = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        return readings.weeks(code, since).stream()
                .collect(Collectors.groupingBy(ReadingStore.Week::weekStart, java.util.TreeMap::new,
                        Collectors.toMap(ReadingStore.Week::indicator, ReadingStore.Week::state, (a, b) -> b,
                                () -> new EnumMap<>(Indicator.class))))
                .entrySet().stream().map(e -> new Week(e.getKey(), e.getValue())).toList();
    }

    public Optional<OffsetDateTime> lastRun() {
        return readings.lastRun(null);
    }

    /** The warnings and trips standing for the current staff member's units. */
    public List<InspectionNotice> notices() {
        return notices.of(visibleUnits());
    }

    /** The to-do count of a unit's staff member: the warnings and trips standing for their unit. */
    public long todo(StaffPrincipal staff) {
        return UNIT_ROLES.contains(staff.role()) && staff.unitId() != null ? notices.count(staff.unitId()) : 0;
    }

    /** {@code null}: every unit. */
    private Set<Long> visibleUnits() {
        StaffPrincipal p = scope.staff();
        if (p.role() == StaffRole.SUPERVISOR || p.role() == StaffRole.ADMINISTRATOR) {
            return null;
        }
        if (UNIT_ROLES.contains(p.role()) && p.unitId() != null) {
            return Set.of(p.unitId());
        }
        throw new AccessDeniedException("role " + p.role() + " does not see the inspection");
    }

    private SiteResult result(Site site, List<IndicatorReading> stored) {
        Map<Indicator, IndicatorReading> map = new EnumMap<>(Indicator.class);
        stored.forEach(r -> map.put(r.indicator(), r));
        for (Indicator i : Indicator.values()) {
            map.computeIfAbsent(i, x -> IndicatorReading.notMeasured(x, site.code(), Double.NaN,
                    tally.t("inspection.never")));
        }
        return new SiteResult(site, map);
    }
}
