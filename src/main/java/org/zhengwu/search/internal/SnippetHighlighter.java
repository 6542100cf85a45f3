package org.zhengwu.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.zhengwu.search.SearchHit;

/**
 * The snippets of a page of results: Lucene's unified highlighter on the postings' offsets (no second analysis), one
 * passage of about {@value #SNIPPET_CHARS} characters cut at Chinese sentence ends, chosen by
 * {@link FewAllocationsPassageScorer}, fed the text already read for the hits ({@link PageRecord}).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    static final int SNIPPET_CHARS = 120;

    /**
     * Between the body and the title: one character, as the postings' offsets count the gap between two values, and
     * the one where the highlighter ends a passage, so no snippet runs from the body into the title.
     */
    static final char SEPARATOR = MULTIVAL_SEP_CHAR;

    /** The documents of the page by their doc id: the highlighter asks for them in doc id order. */
    private final Map<Integer, PageRecord> byDoc = new HashMap<>();

    private SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, ScoreDoc[] docs, PageRecord[] records) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchHit.MARK_START),
                        String.valueOf(SearchHit.MARK_END), "…", false))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new ChineseSentences(), SNIPPET_CHARS, 0.3f))
                .withMaxLength(200_000)
                .withScorer(new FewAllocationsPassageScorer()));
        for (int i = 0; i < docs.length; i++) {
            byDoc.put(docs[i].doc, records[i]);
        }
    }

    /**
     * The snippet of each document, in the same order: where {@code words} (the query's clauses on {@code field})
     * match, enclosed in {@link SearchHit#MARK_START} and {@link SearchHit#MARK_END}; else the start of the body.
     */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, String field, Query words, ScoreDoc[] docs,
                       PageRecord[] records) throws IOException {
        String[] marked = new SnippetHighlighter(searcher, analyzer, docs, records).highlight(field, words,
                new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 1);
        String[] snippets = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            String snippet = marked[i] == null || marked[i].isBlank() ? cut(records[i].body(), SNIPPET_CHARS)
                    : cut(marked[i].replace(SEPARATOR, ' '), 2 * SNIPPET_CHARS);
            snippets[i] = snippet.strip();
        }
        return snippets;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            PageRecord record = byDoc.get(doc);
            CharSequence[] row = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                row[f] = record.body() + SEPARATOR + record.foldedTitle();
            }
            values.add(row);
        }
        return values;
    }

    /** At most {@code max} characters and an ellipsis; a mark left open by the cut is closed. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max);
        return head.lastIndexOf(SearchHit.MARK_START) > head.lastIndexOf(SearchHit.MARK_END)
                ? head + SearchHit.MARK_END + "…" : head + "…";
    }
}
