package org.zhengwu.interaction.internal;

import java.time.OffsetDateTime;

/** The writer's rating of one answer (round 1, or 2 after a reopening). */
public record LetterRating(long letterId, int round, Rating rating, String comment, OffsetDateTime ratedAt) {
}
