package org.zhengwu.supervision.internal.scores;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.interaction.LetterFigures;
import org.zhengwu.review.ReviewFigures;
import org.zhengwu.services.ApplicationFigures;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * Gathers each unit's month from the modules that count it, through their public queries: content (items
 * published), review (submissions and returns), interaction (letters), services (applications) and the
 * self-inspection of the unit's site. A unit is scored when it has a site.
 */
@Service
public class MonthFigures {

    private final ContentQueries content;
    private final ReviewFigures review;
    private final LetterFigures letters;
    private final ApplicationFigures applications;
    private final SiteDirectory sites;
    private final ScoreStore store;
    private final ObjectProvider<SiteInspections> inspections;
    private final Clock clock;

    MonthFigures(ContentQueries content, ReviewFigures review, LetterFigures letters, ApplicationFigures applications,
                 SiteDirectory sites, ScoreStore store, ObjectProvider<SiteInspections> inspections, Clock clock) {
        this.content = content;
        this.review = review;
        this.letters = letters;
        this.applications = applications;
        this.sites = sites;
        this.store = store;
        this.inspections = inspections;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The inspection's results, when the self-inspection is there. */
    public Optional<SiteInspections> inspections() {
        return Optional.ofNullable(inspections.getIfAvailable());
    }

    /** Every unit with a site, in the site group's order. */
    public List<UnitMonth> of(YearMonth month) {
        ZoneId zone = clock.getZone();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime until = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Map<Long, List<OffsetDateTime>> published = content.publishedDatesBySite(from, until);
        Map<Long, ReviewFigures.Counts> reviewed = review.perUnit(from, until);
        Map<Long, LetterFigures.UnitFigures> letterFigures = letters.perUnit(first, last);
        Map<Long, ApplicationFigures.UnitFigures> applicationFigures = applications.perUnit(first, last);
        Map<Long, UnitDuty> duties = new HashMap<>();
        store.duties().forEach(d -> duties.put(d.unitId(), d));
        List<UnitMonth> months = new ArrayList<>();
        for (Site site : sites.sites()) {
            Unit unit = sites.unit(site.unitId()).orElse(null);
            if (unit == null || months.stream().anyMatch(m -> m.unitId() == unit.id())) {
                continue;
            }
            List<OffsetDateTime> dates = published.getOrDefault(site.id(), List.of());
            boolean[] stretches = new boolean[ScoreRules.STRETCHES];
            dates.forEach(d -> stretches[ScoreRules.stretchOf(d.atZoneSameInstant(zone).getDayOfMonth())] = true);
            int covered = 0;
            for (boolean s : stretches) {
                covered += s ? 1 : 0;
            }
            UnitDuty duty = duties.get(unit.id());
            ReviewFigures.Counts r = reviewed.getOrDefault(unit.id(), new ReviewFigures.Counts(0, 0));
            LetterFigures.UnitFigures l = letterFigures.getOrDefault(unit.id(),
                    new LetterFigures.UnitFigures(0, 0, 0, 0, 0));
            ApplicationFigures.UnitFigures a = applicationFigures.getOrDefault(unit.id(),
                    new ApplicationFigures.UnitFigures(0, 0, 0, 0));
            months.add(new UnitMonth(unit.id(), unit.name(), site.code(),
                    duty == null ? 0 : duty.monthlyQuota(month), dates.size(), covered, r.submitted(), r.returned(),
                    l.answered(), l.answeredOnTime(), l.rated(), l.satisfied() + l.basically(), a.handled(),
                    a.handledOnTime(), a.rated(), a.good(), inspection(site.code(), month)));
        }
        return months;
    }

    /** The month's weeks' mean points; for the running month without a week yet, the latest results. */
    UnitMonth.InspectionMonth inspection(String siteCode, YearMonth month) {
        SiteInspections source = inspections.getIfAvailable();
        if (source == null) {
            return new UnitMonth.InspectionMonth(0, 0, false);
        }
        int weeks = (int) Math.min(520, Math.max(0, ChronoUnit.WEEKS.between(month.atDay(1), today())) + 6);
        List<WeekState> inMonth = source.weekly(siteCode, weeks).stream()
                .filter(w -> YearMonth.from(w.weekStart()).equals(month)).toList();
        if (!inMonth.isEmpty()) {
            double sum = inMonth.stream().mapToInt(w -> InspectionPoints.of(w.states()).points()).sum();
            return new UnitMonth.InspectionMonth(ScoreRules.round(sum / inMonth.size()), inMonth.size(), true);
        }
        if (month.equals(YearMonth.from(today()))) {
            InspectionPoints latest = InspectionPoints.ofReadings(source.latest(siteCode));
            return new UnitMonth.InspectionMonth(latest.points(), 0, latest.measured());
        }
        return new UnitMonth.InspectionMonth(0, 0, false);
    }
}
