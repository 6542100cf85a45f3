package org.zhengwu.interaction;

import java.time.LocalDate;

/**
 * Which letters {@link Letters#list} returns: each filter may be null (no filter). Dates are days of submission,
 * both included, in China Standard Time.
 *
 * @param limit at most this many (1 to 1000), newest first, after skipping {@code offset}
 */
public record LetterFilter(String mailboxCode, LetterState state, LocalDate from, LocalDate to, int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public LetterFilter {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }
}
