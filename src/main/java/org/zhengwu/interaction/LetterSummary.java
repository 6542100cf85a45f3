package org.zhengwu.interaction;

import java.time.OffsetDateTime;

/** One letter in a list of {@link Letters#list}: like {@link LetterStatus}, no text and no personal data. */
public record LetterSummary(String trackingNumber, String mailboxCode, LetterState state, OffsetDateTime submittedAt,
                            Long unitId, OffsetDateTime answeredAt, boolean publicWish) {
}
