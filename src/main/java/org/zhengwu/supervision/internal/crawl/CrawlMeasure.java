package org.zhengwu.supervision.internal.crawl;

import java.util.List;
import java.util.Optional;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;

/**
 * An indicator read from a site's latest crawl: not measured while the site was never crawled; tripped at the
 * threshold's count of findings, a warning below it but above none.
 */
abstract class CrawlMeasure implements IndicatorMeasure {

    /** Offenders listed at most (the value counts all). */
    static final int MAX_OFFENDERS = 500;

    /** What a crawl measure found: its count, one sentence and the offenders. */
    record Count(int value, String summary, List<Offender> offenders) {
    }

    protected final CrawlStore store;
    protected final CrawlTexts texts;

    CrawlMeasure(CrawlStore store, CrawlTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public final IndicatorReading measure(Site site, InspectionContext context) {
        Indicator indicator = indicator();
        double threshold = context.threshold(indicator);
        Optional<Findings.Site> latest = store.latest(site.code());
        if (latest.isEmpty()) {
            return IndicatorReading.notMeasured(indicator, site.code(), threshold, texts.text("linkcheck.reading.not-crawled"));
        }
        Count c = count(site, latest.get());
        IndicatorState state = c.value() == 0 ? IndicatorState.HEALTHY
                : c.value() >= threshold ? IndicatorState.TRIPPED : IndicatorState.WARNING;
        return new IndicatorReading(indicator, site.code(), state, c.value(), threshold, null, c.summary(), c.offenders());
    }

    /** The findings of the site's latest crawl. */
    abstract Count count(Site site, Findings.Site latest);
}
