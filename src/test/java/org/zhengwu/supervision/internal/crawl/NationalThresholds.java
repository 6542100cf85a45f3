package org.zhengwu.supervision.internal.crawl;

import java.time.Instant;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.InspectionContext;

/** The national thresholds at a moment, as the inspection will pass them (5 % unreachable, any broken link, any typo). */
record NationalThresholds(Instant now) implements InspectionContext {

    @Override
    public double threshold(Indicator indicator) {
        return switch (indicator) {
            case SITE_UNREACHABLE -> 0.05;
            case BROKEN_LINKS, SERIOUS_ERRORS -> 1;
            default -> throw new IllegalArgumentException(indicator.name());
        };
    }

    @Override
    public int warningDays() {
        return 3;
    }
}
