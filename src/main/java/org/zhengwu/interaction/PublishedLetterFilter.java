package org.zhengwu.interaction;

import java.time.LocalDate;

/**
 * Which published letters {@link PublishedLetters#list} returns: each filter may be null (no filter). Dates are days
 * of submission, both included, in China Standard Time.
 *
 * @param limit at most this many (1 to 100) after skipping {@code offset}
 */
public record PublishedLetterFilter(String mailboxCode, Long unitId, LocalDate from, LocalDate to, int offset,
                                    int limit) {

    public static final int MAX_LIMIT = 100;

    public PublishedLetterFilter {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    /** Every published letter, a page at a time. */
    public static PublishedLetterFilter all(int offset, int limit) {
        return new PublishedLetterFilter(null, null, null, null, offset, limit);
    }
}
