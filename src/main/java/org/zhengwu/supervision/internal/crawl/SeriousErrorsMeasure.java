package org.zhengwu.supervision.internal.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.Offender;

/**
 * 严重错别字、严重表述错误 (a veto item): the listed typos and wrong expressions in the site's published pages, from
 * its latest crawl; one offender per page with every typo found there.
 */
@Component
class SeriousErrorsMeasure extends CrawlMeasure {

    SeriousErrorsMeasure(CrawlStore store, CrawlTexts texts) {
        super(store, texts);
    }

    @Override
    public Indicator indicator() {
        return Indicator.SERIOUS_ERRORS;
    }

    @Override
    Count count(Site site, Findings.Site latest) {
        List<Findings.TypoRow> rows = store.typos(site.code());
        Map<String, List<String>> byPage = new LinkedHashMap<>();
        for (Findings.TypoRow r : rows) {
            byPage.computeIfAbsent(r.pagePath(), p -> new ArrayList<>())
                    .add(texts.text("linkcheck.offender.typo", r.written(), r.replacement()));
        }
        List<Offender> offenders = new ArrayList<>();
        byPage.entrySet().stream().limit(MAX_OFFENDERS).forEach(e ->
                offenders.add(new Offender(e.getKey(), String.join("；", e.getValue()), CrawlTexts.fixPath(e.getKey()))));
        return new Count(rows.size(), texts.text("linkcheck.reading.typos", latest.pages(), rows.size(), byPage.size(),
                CrawlTexts.shown(latest.checkedAt())), offenders);
    }
}
