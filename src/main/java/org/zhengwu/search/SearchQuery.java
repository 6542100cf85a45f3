package org.zhengwu.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What to look for, already folded to simplified script: every word of {@code words} and every phrase of
 * {@code phrases} must match. {@code siteCode} null means the whole group; {@code columnCode} (within the site),
 * {@code kind} (a column kind), {@code from} and {@code to} (inclusive) null mean no such filter. {@code byDate}
 * sorts newest first instead of by relevance.
 */
public record SearchQuery(List<String> words, List<String> phrases, String siteCode, String columnCode, String kind,
                          LocalDate from, LocalDate to, boolean byDate, int offset, int limit) {

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    public SearchQuery(List<String> words, List<String> phrases, String siteCode, int offset, int limit) {
        this(words, phrases, siteCode, null, null, null, null, false, offset, limit);
    }
}
