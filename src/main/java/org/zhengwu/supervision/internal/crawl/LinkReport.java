package org.zhengwu.supervision.internal.crawl;

import java.util.List;
import org.zhengwu.sites.Site;

/**
 * The link report of one site, as the console page shows it.
 *
 * @param kind         the filter: all, internal or external
 * @param progressText the running crawl in a sentence, or null
 * @param lastText     the site's latest figures in a sentence (or that it was never crawled)
 * @param failedText   the latest crawl's failure, when it failed, else null
 * @param probesText   the home page probes of the last 7 days in a sentence
 * @param shownBroken  how many broken rows are listed (at most {@link #MAX_ROWS}) of {@code brokenTotal}
 */
public record LinkReport(List<Site> sites, Site site, String kind, CrawlProgress progress, String progressText,
                         String lastText, String failedText, String probesText, List<Findings.BrokenRow> broken,
                         int brokenTotal, List<Findings.TypoRow> typos) {

    public static final int MAX_ROWS = 500;

    public boolean running() {
        return progress.running();
    }

    public int percent() {
        return progress.percent();
    }

    /** The kind of a broken row, as the key of its label. */
    public static String kindKey(Findings.BrokenRow r) {
        return "linkcheck.console.kind." + (r.external() ? "external" : "internal") + (r.image() ? "-image" : "-link");
    }

    /** Where a broken row's page is fixed: the item's edit page, or the public page. */
    public static String fixPath(String pagePath) {
        return CrawlTexts.fixPath(pagePath);
    }

    public static boolean editable(String pagePath) {
        return fixPath(pagePath).startsWith("/admin/");
    }
}
