package org.zhengwu.supervision.internal.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * One inspection run: every {@link IndicatorMeasure} bean for every site (or some), at a moment of the application
 * clock. A measure that throws, or an indicator without a measure, is recorded as NOT_MEASURED — never healthy. Each
 * site's readings, offenders, week and notices are stored in one transaction of their own; a new warning or trip
 * (not one already told) becomes an {@link InspectionNotice}, mailed to the unit after the commit. Runs one at a time.
 */
@Service
public class Inspection {

    private static final Logger log = LoggerFactory.getLogger(Inspection.class);

    private final List<IndicatorMeasure> measures;
    private final SiteDirectory sites;
    private final InspectionSettingsService settings;
    private final ReadingStore readings;
    private final NoticeStore notices;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Tally tally;

    Inspection(List<IndicatorMeasure> measures, SiteDirectory sites, InspectionSettingsService settings,
               ReadingStore readings, NoticeStore notices, ApplicationEventPublisher events,
               TransactionTemplate transactions, Clock clock, Tally tally) {
        this.measures = measures.stream().sorted(Comparator.comparing(IndicatorMeasure::indicator)).toList();
        this.sites = sites;
        this.settings = settings;
        this.readings = readings;
        this.notices = notices;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.tally = tally;
    }

    /** Inspects every site now. */
    public List<IndicatorReading> run() {
        return runAt(clock.instant(), sites.sites());
    }

    /** Inspects these sites as at {@code at}; returns every reading, by site and indicator. */
    public synchronized List<IndicatorReading> runAt(Instant at, Collection<Site> which) {
        InspectionSettings current = settings.current();
        List<IndicatorReading> all = new ArrayList<>();
        for (Site site : which) {
            try {
                all.addAll(transactions.execute(tx -> inspect(site, at, current)));
            } catch (RuntimeException e) {
                log.error("站点 {} 的自查结果未能保存，下次再试", site.code(), e);
            }
        }
        return all;
    }

    private List<IndicatorReading> inspect(Site site, Instant at, InspectionSettings current) {
        Map<String, LocalDate> known = readings.known(site.code());
        RunContext context = new RunContext(at, current, known);
        Map<Indicator, IndicatorReading> found = new EnumMap<>(Indicator.class);
        for (IndicatorMeasure m : measures) {
            found.put(m.indicator(), measure(m, site, context));
        }
        for (Indicator i : Indicator.values()) {
            found.computeIfAbsent(i, x -> IndicatorReading.notMeasured(x, site.code(), context.threshold(x),
                    tally.t("inspection.no-measure")));
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(at, InspectionContext.CHINA);
        for (IndicatorReading r : found.values()) {
            readings.save(r, now, context.today(), known);
            tell(site, r, now);
        }
        return List.copyOf(found.values());
    }

    private IndicatorReading measure(IndicatorMeasure m, Site site, RunContext context) {
        try {
            IndicatorReading r = m.measure(site, context);
            if (r == null || r.indicator() != m.indicator() || !site.code().equals(r.siteCode())) {
                return IndicatorReading.notMeasured(m.indicator(), site.code(), context.threshold(m.indicator()),
                        tally.t("inspection.measure-failed", "no reading of its own"));
            }
            return r;
        } catch (RuntimeException e) {
            log.warn("站点 {} 的指标 {} 测量失败", site.code(), m.indicator(), e);
            return IndicatorReading.notMeasured(m.indicator(), site.code(), context.threshold(m.indicator()),
                    tally.t("inspection.measure-failed", String.valueOf(e.getMessage())));
        }
    }

    /** Tells the unit of a new warning or trip once; a healthy (or unmeasured) reading takes the notice down. */
    private void tell(Site site, IndicatorReading r, OffsetDateTime now) {
        boolean bad = r.state() == IndicatorState.WARNING || r.state() == IndicatorState.TRIPPED;
        if (!bad) {
            if (r.state() == IndicatorState.HEALTHY) {
                notices.remove(site.code(), r.indicator());
            }
            return;
        }
        Optional<InspectionNotice> standing = notices.standing(site.code(), r.indicator());
        if (NoticeStore.isNew(standing, r)) {
            InspectionNotice n = new InspectionNotice(site.code(), site.name(), site.unitId(), r.indicator(), r.state(),
                    r.tripsOn(), r.summary(), now);
            notices.replace(n);
            events.publishEvent(n);
        }
    }
}
