package org.zhengwu.search.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Chooses the snippet: the passage with the most different query words, then the most matches, then the earliest.
 * Lucene's own scorer builds a hash table per passage (32 KB each), which under load made the garbage collector the
 * busiest part of a search; a passage has a handful of matches, so comparing them pairwise costs nothing.
 */
final class FewAllocationsPassageScorer extends PassageScorer {

    FewAllocationsPassageScorer() {
        super(1.2f, 0.75f, 87f);
    }

    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int distinct = 0;
        outer:
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (terms[i] != null && terms[i].bytesEquals(terms[j])) {
                    continue outer;
                }
            }
            distinct++;
        }
        return distinct * 4f + Math.min(n, 8) + norm(passage.getStartOffset());
    }
}
