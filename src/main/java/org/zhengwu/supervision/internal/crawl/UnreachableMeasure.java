package org.zhengwu.supervision.internal.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;

/**
 * 站点无法访问 (a veto item): the share of the last seven days' probes of the site's home that got no working answer
 * within the timeout. Trips at the threshold (5 %); while the home is down now, warns with the day it will trip if
 * it stays down. A site never probed is not measured.
 */
@Component
class UnreachableMeasure implements IndicatorMeasure {

    static final Duration WINDOW = Duration.ofDays(7);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MAX_OFFENDERS = 50;

    private final ProbeStore store;
    private final ProbeProperties properties;
    private final CrawlTexts texts;

    UnreachableMeasure(ProbeStore store, ProbeProperties properties, CrawlTexts texts) {
        this.store = store;
        this.properties = properties;
        this.texts = texts;
    }

    @Override
    public Indicator indicator() {
        return Indicator.SITE_UNREACHABLE;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        double threshold = context.threshold(Indicator.SITE_UNREACHABLE);
        Instant now = context.now();
        List<ProbeStore.Probe> probes = store.between(site.code(), now.minus(WINDOW), now);
        if (probes.isEmpty()) {
            return IndicatorReading.notMeasured(indicator(), site.code(), threshold, texts.text("linkcheck.reading.not-probed"));
        }
        List<Offender> offenders = new ArrayList<>();
        int failed = 0;
        long millis = 0;
        for (ProbeStore.Probe p : probes) {
            millis += p.millis();
            if (!p.answered()) {
                failed++;
                offenders.add(new Offender(CrawlTexts.shown(p.probedAt()), texts.text("linkcheck.probe." + p.outcome().name()
                        .toLowerCase(java.util.Locale.ROOT), p.status() == null ? "" : p.status(), p.millis()), p.url()));
            }
        }
        int total = probes.size();
        double share = (double) failed / total;
        IndicatorState state = share >= threshold ? IndicatorState.TRIPPED : IndicatorState.HEALTHY;
        LocalDate tripsOn = null;
        ProbeStore.Probe last = probes.get(total - 1);
        if (state == IndicatorState.HEALTHY && !last.answered() && threshold < 1) {
            // still down: if every further probe fails too, the share reaches the threshold after n more probes
            long n = Math.max(1, (long) Math.ceil((threshold * total - failed) / (1 - threshold)));
            Instant trips = last.probedAt().toInstant().plus(properties.interval().multipliedBy(n));
            tripsOn = LocalDate.ofInstant(trips, CHINA);
            if (!tripsOn.isAfter(LocalDate.ofInstant(now, CHINA).plusDays(context.warningDays()))) {
                state = IndicatorState.WARNING;
            } else {
                tripsOn = null;
            }
        }
        java.util.Collections.reverse(offenders);
        List<Offender> latestFirst = offenders.subList(0, Math.min(offenders.size(), MAX_OFFENDERS));
        String summary = texts.text("linkcheck.reading.unreachable", total, failed,
                String.format(java.util.Locale.ROOT, "%.1f", share * 100), properties.timeout().toSeconds(), millis / total);
        return new IndicatorReading(indicator(), site.code(), state, share, threshold, tripsOn, summary, latestFirst);
    }
}
