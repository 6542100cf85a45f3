package org.zhengwu.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
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
    /** Whether the query is words alone (no phrase), whose offsets {@link WordOffsets} finds. */
    private final boolean wordsOnly;

    private SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Query words, ScoreDoc[] docs,
                               PageRecord[] records) {
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
        this.wordsOnly = words instanceof BooleanQuery b && b.clauses().stream().allMatch(c -> c.getQuery() instanceof TermQuery);
    }

    /**
     * The snippet of each document, in the same order: where {@code words} (the query's clauses on {@code field})
     * match, enclosed in {@link SearchHit#MARK_START} and {@link SearchHit#MARK_END}; else the start of the body.
     */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, String field, Query words, ScoreDoc[] docs,
                       PageRecord[] records) throws IOException {
        String[] marked = new SnippetHighlighter(searcher, analyzer, words, docs, records).highlight(field, words,
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

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        return wordsOnly && source == OffsetSource.POSTINGS ? new WordOffsets(components)
                : super.getOffsetStrategy(source, components);
    }

    /**
     * The offsets of the query's words from the postings, with one postings enum per word and segment that walks
     * forwards through the page's documents (the highlighter visits them in doc id order). Lucene's own strategy
     * builds a searcher, a weight and new postings for every document, which was most of the highlighting's CPU and
     * two fifths of a query's allocation (SearchBench). Words only: a phrase must match as a whole, which Lucene's
     * strategy finds.
     */
    private static final class WordOffsets extends FieldOffsetStrategy {

        private LeafReader segment;
        private PostingsEnum[] postings;

        WordOffsets(UHComponents components) {
            super(components);
        }

        @Override
        public OffsetSource getOffsetSource() {
            return OffsetSource.POSTINGS;
        }

        @Override
        public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
            BytesRef[] words = components.getTerms();
            if (reader != segment) {
                segment = reader;
                postings = new PostingsEnum[words.length];
                Terms terms = reader.terms(getField());
                TermsEnum dictionary = terms == null ? null : terms.iterator();
                for (int i = 0; dictionary != null && i < words.length; i++) {
                    postings[i] = dictionary.seekExact(words[i]) ? dictionary.postings(null, PostingsEnum.OFFSETS) : null;
                }
            }
            List<OffsetsEnum> found = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                PostingsEnum p = postings[i];
                if (p != null && (p.docID() >= doc ? p.docID() : p.advance(doc)) == doc) {
                    found.add(new OffsetsEnum.OfPostings(words[i], p));
                }
            }
            return found.isEmpty() ? OffsetsEnum.EMPTY
                    : found.size() == 1 ? found.get(0) : new OffsetsEnum.MultiOffsetsEnum(found);
        }
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
