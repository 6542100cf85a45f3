package org.zhengwu.supervision.internal.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;

/**
 * 链接不可用 (a deduction item): the broken links and images of the site's pages, both scripts, from its latest
 * crawl. Trips at the threshold's count; fewer than that, but some, is a warning. Each offender is a page and a
 * link, fixed in the content item's edit page when the page is an item's.
 */
@Component
class BrokenLinksMeasure implements IndicatorMeasure {

    /** Offenders listed at most (the value counts all). */
    static final int MAX_OFFENDERS = 500;

    private final CrawlStore store;
    private final CrawlTexts texts;

    BrokenLinksMeasure(CrawlStore store, CrawlTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public Indicator indicator() {
        return Indicator.BROKEN_LINKS;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        double threshold = context.threshold(Indicator.BROKEN_LINKS);
        Optional<Findings.Site> latest = store.latest(site.code());
        if (latest.isEmpty()) {
            return IndicatorReading.notMeasured(indicator(), site.code(), threshold, texts.text("linkcheck.reading.not-crawled"));
        }
        List<Findings.BrokenRow> rows = store.broken(site.code());
        List<Offender> offenders = new ArrayList<>();
        for (Findings.BrokenRow r : rows.subList(0, Math.min(rows.size(), MAX_OFFENDERS))) {
            String reason = texts.text(r.reason().labelKey(), r.status() == null ? "" : r.status());
            offenders.add(new Offender(r.pagePath(), texts.text(r.image() ? "linkcheck.offender.image" : "linkcheck.offender.link",
                    r.url(), reason), CrawlTexts.fixPath(r.pagePath())));
        }
        int n = rows.size();
        IndicatorState state = n == 0 ? IndicatorState.HEALTHY : n >= threshold ? IndicatorState.TRIPPED : IndicatorState.WARNING;
        Findings.Site s = latest.get();
        String summary = texts.text("linkcheck.reading.broken", s.pages(), s.internalLinks() + s.externalLinks(), n,
                CrawlTexts.shown(s.checkedAt()));
        return new IndicatorReading(indicator(), site.code(), state, n, threshold, null, summary, offenders);
    }
}
