package org.zhengwu.supervision.internal.crawl;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.Offender;

/**
 * 链接不可用 (a deduction item): the broken links and images of the site's pages, both scripts, from its latest
 * crawl. Each offender is a page and a link, fixed in the content item's edit page when the page is an item's.
 */
@Component
class BrokenLinksMeasure extends CrawlMeasure {

    BrokenLinksMeasure(CrawlStore store, CrawlTexts texts) {
        super(store, texts);
    }

    @Override
    public Indicator indicator() {
        return Indicator.BROKEN_LINKS;
    }

    @Override
    Count count(Site site, Findings.Site latest) {
        List<Findings.BrokenRow> rows = store.broken(site.code());
        List<Offender> offenders = new ArrayList<>();
        for (Findings.BrokenRow r : rows.subList(0, Math.min(rows.size(), MAX_OFFENDERS))) {
            String reason = texts.text(r.reason().labelKey(), r.status() == null ? "" : r.status());
            offenders.add(new Offender(r.pagePath(), texts.text(r.image() ? "linkcheck.offender.image" : "linkcheck.offender.link",
                    r.url(), reason), CrawlTexts.fixPath(r.pagePath())));
        }
        return new Count(rows.size(), texts.text("linkcheck.reading.broken", latest.pages(),
                latest.internalLinks() + latest.externalLinks(), rows.size(), CrawlTexts.shown(latest.checkedAt())), offenders);
    }
}
