package org.zhengwu.supervision.internal.crawl;

import java.time.Duration;

/**
 * Where the running crawl stands (or that none runs).
 *
 * @param phase   READING (pages), PROBING (external addresses), SAVING; null when none runs
 * @param scope   the site crawled, or null for the whole group
 */
public record CrawlProgress(boolean running, String phase, String scope, long pagesDone, long pagesTotal, Duration elapsed) {

    static final CrawlProgress IDLE = new CrawlProgress(false, null, null, 0, 0, Duration.ZERO);

    /** Done so far, 0 to 100 (reading the pages is most of the work). */
    public int percent() {
        if (!running || pagesTotal <= 0) {
            return 0;
        }
        int reading = (int) Math.min(90, pagesDone * 90 / pagesTotal);
        return "READING".equals(phase) ? reading : "PROBING".equals(phase) ? 92 : 97;
    }
}
