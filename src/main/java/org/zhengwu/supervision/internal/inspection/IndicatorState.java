package org.zhengwu.supervision.internal.inspection;

/** Where a site stands on one indicator. */
public enum IndicatorState {
    HEALTHY,
    /** Will trip within the warning period unless someone acts. */
    WARNING,
    /** Tripped: for a veto item the site fails; for a deduction item points are lost. */
    TRIPPED,
    /** The measurement itself failed (a probe or crawl that did not complete): never reported as healthy. */
    NOT_MEASURED
}
