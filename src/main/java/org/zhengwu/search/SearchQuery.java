package org.zhengwu.search;

import java.util.List;

/**
 * What to look for, already folded to simplified script: every word of {@code words} and every phrase of
 * {@code phrases} must match. {@code siteCode} null means the whole group.
 */
public record SearchQuery(List<String> words, List<String> phrases, String siteCode, int offset, int limit) {

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
    }
}
