package org.zhengwu.supervision.internal.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * 严重错别字、严重表述错误 (a veto item): the listed typos and wrong expressions in the site's published pages, from
 * its latest crawl; one offender per page with every typo found there.
 */
@Component
class SeriousErrorsMeasure implements IndicatorMeasure {

    private final CrawlStore store;
    private final CrawlTexts texts;

    SeriousErrorsMeasure(CrawlStore store, CrawlTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public Indicator indicator() {
        return Indicator.SERIOUS_ERRORS;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        double threshold = context.threshold(Indicator.SERIOUS_ERRORS);
        Optional<Findings.Site> latest = store.latest(site.code());
        if (latest.isEmpty()) {
            return IndicatorReading.notMeasured(indicator(), site.code(), threshold, texts.text("linkcheck.reading.not-crawled"));
        }
        List<Findings.TypoRow> rows = store.typos(site.code());
        Map<String, List<String>> byPage = new LinkedHashMap<>();
        for (Findings.TypoRow r : rows) {
            byPage.computeIfAbsent(r.pagePath(), p -> new ArrayList<>())
                    .add(texts.text("linkcheck.offender.typo", r.written(), r.replacement()));
        }
        List<Offender> offenders = new ArrayList<>();
        byPage.entrySet().stream().limit(BrokenLinksMeasure.MAX_OFFENDERS).forEach(e ->
                offenders.add(new Offender(e.getKey(), String.join("；", e.getValue()), CrawlTexts.fixPath(e.getKey()))));
        int n = rows.size();
        IndicatorState state = n == 0 ? IndicatorState.HEALTHY : n >= threshold ? IndicatorState.TRIPPED : IndicatorState.WARNING;
        Findings.Site s = latest.get();
        String summary = texts.text("linkcheck.reading.typos", s.pages(), n, byPage.size(), CrawlTexts.shown(s.checkedAt()));
        return new IndicatorReading(indicator(), site.code(), state, n, threshold, null, summary, offenders);
    }
}
