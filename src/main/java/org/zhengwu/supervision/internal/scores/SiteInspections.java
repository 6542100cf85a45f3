package org.zhengwu.supervision.internal.scores;

import java.util.List;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;

/**
 * What the scores need from the self-inspection: a site's latest readings and its weekly history. The inspection's
 * store implements it; until one does, the scores say that no inspection results are there (never that a site is
 * healthy).
 */
public interface SiteInspections {

    /** The latest reading of every indicator measured for the site (empty when it was never inspected). */
    List<IndicatorReading> latest(String siteCode);

    /** The site's last {@code weeks} weeks that have a record, oldest first. */
    List<WeekState> weekly(String siteCode, int weeks);
}
