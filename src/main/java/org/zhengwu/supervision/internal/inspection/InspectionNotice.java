package org.zhengwu.supervision.internal.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A warning or trip told to the site's unit (console notice and e-mail), once: it stays while the indicator is not
 * healthy and goes when it is again. Also the event that sends the e-mail after the run's commit.
 */
public record InspectionNotice(String siteCode, String siteName, long unitId, Indicator indicator,
                               IndicatorState state, LocalDate tripsOn, String summary, OffsetDateTime createdAt) {
}
