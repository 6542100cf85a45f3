package org.zhengwu.checks.internal;

import java.time.OffsetDateTime;

/** A word as the lists page shows it. */
public record ListedWord(long id, WordKind kind, String word, String folded, String replacement, String createdBy,
                         OffsetDateTime createdAt) {
}
