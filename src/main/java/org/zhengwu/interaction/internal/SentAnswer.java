package org.zhengwu.interaction.internal;

import java.time.OffsetDateTime;

/** An answer as it was sent to the writer (round 1; round 2 after a reopening), by the unit that answered. */
public record SentAnswer(long letterId, int round, String answer, long unitId, String approvedBy,
                         OffsetDateTime answeredAt) {
}
