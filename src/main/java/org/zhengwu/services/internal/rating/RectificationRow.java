package org.zhengwu.services.internal.rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rectification with its application's number, item and unit, the rating that opened it, and — once closed —
 * what was rectified and the return visit (回访).
 */
public record RectificationRow(String number, long itemId, long unitId, long caseId, RatingLevel level, String reason,
                               OffsetDateTime ratedAt, String measures, LocalDate visitOn, String visitWay,
                               String visitView, OffsetDateTime closedAt) {
}
