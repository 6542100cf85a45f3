package org.zhengwu.search;

import java.util.List;

/** One page of results, best first, and how many matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none() {
        return new SearchResults(0, List.of());
    }
}
