package org.zhengwu.publishing;

import java.time.Duration;

/**
 * Where the rebuild stands.
 *
 * @param pagesDone HTML pages written so far, both scripts
 * @param pagesEstimated how many it expects to write, both scripts
 * @param currentSite the code of the site being rendered most recently
 * @param last the summary of the last finished rebuild since start-up, or null
 * @param lastError why the last rebuild failed, or null
 */
public record RebuildProgress(boolean running, long pagesDone, long pagesEstimated, String currentSite,
                              Duration elapsed, RebuildSummary last, String lastError) {

    /** Done so far, 0 to 100. */
    public int percent() {
        return pagesEstimated <= 0 ? 0 : (int) Math.min(100, pagesDone * 100 / pagesEstimated);
    }
}
