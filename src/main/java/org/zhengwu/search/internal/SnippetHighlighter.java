package org.zhengwu.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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
 * The snippets of a page of results: Lucene's unified highlighter, one passage of about {@value #SNIPPET_CHARS}
 * characters cut at Chinese sentence ends, chosen by {@link FewAllocationsPassageScorer}, fed the text already read
 * for the hits ({@link PageRecord}), with the query's words and phrases found in that text ({@link Mark}).
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
    private final List<Mark> marks;

    private SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, List<Mark> marks, ScoreDoc[] docs,
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
        this.marks = marks;
    }

    /**
     * What to mark for one word or phrase of the query, as the visitor wrote it (folded to simplified script): the
     * whole where the text has it as written, else each of its runs of Chinese characters or of letters and digits
     * (a phrase written with other punctuation than the text's); single Chinese characters only when the whole is one.
     */
    record Mark(String whole, List<String> parts, BytesRef term) {

        static Mark of(String text) {
            String whole = text.strip();
            List<String> parts = new ArrayList<>();
            int i = 0;
            while (i < whole.length()) {
                int cp = whole.codePointAt(i);
                boolean chinese = CharacterGrams.isChinese(cp);
                if (!chinese && !Character.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < whole.length()) {
                    int c = whole.codePointAt(i);
                    if (CharacterGrams.isChinese(c) != chinese || !chinese && !Character.isLetterOrDigit(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                String part = whole.substring(start, i);
                if (!part.equals(whole) && (!chinese || part.codePointCount(0, part.length()) > 1)) {
                    parts.add(part);
                }
            }
            return new Mark(whole, List.copyOf(parts), new BytesRef(whole));
        }
    }

    /**
     * The snippet of each document, in the same order: where the query's words and phrases stand, enclosed in
     * {@link SearchHit#MARK_START} and {@link SearchHit#MARK_END}; else the start of the body. {@code query} is
     * searched on {@code field}, whose text the page records hold.
     */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, String field, Query query, List<Mark> marks,
                       ScoreDoc[] docs, PageRecord[] records) throws IOException {
        String[] marked = new SnippetHighlighter(searcher, analyzer, marks, docs, records).highlight(field, query,
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
        return new TextOffsets(components, marks);
    }

    /**
     * The offsets of the marks, found in the document's text itself: the index holds no offsets (the pairs that
     * matched are not the string the visitor wrote), and a text of a few thousand characters is searched in less
     * time than postings are read.
     */
    private static final class TextOffsets extends FieldOffsetStrategy {

        private final List<Mark> marks;

        TextOffsets(UHComponents components, List<Mark> marks) {
            super(components);
            this.marks = marks;
        }

        @Override
        public OffsetSource getOffsetSource() {
            return OffsetSource.POSTINGS;
        }

        @Override
        public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
            List<OffsetsEnum> found = new ArrayList<>(marks.size());
            for (Mark mark : marks) {
                Found whole = Found.in(content, mark.whole(), mark.term());
                if (whole != null) {
                    found.add(whole);
                    continue;
                }
                for (String part : mark.parts()) {
                    Found p = Found.in(content, part, new BytesRef(part));
                    if (p != null) {
                        found.add(p);
                    }
                }
            }
            return found.isEmpty() ? OffsetsEnum.EMPTY
                    : found.size() == 1 ? found.get(0) : new OffsetsEnum.MultiOffsetsEnum(found);
        }
    }

    /** Where one string stands in a text, ignoring case. */
    private static final class Found extends OffsetsEnum {

        private final int[] starts;
        private final int count;
        private final int length;
        private final BytesRef term;
        private int at = -1;

        private Found(int[] starts, int count, int length, BytesRef term) {
            this.starts = starts;
            this.count = count;
            this.length = length;
            this.term = term;
        }

        static Found in(String content, String s, BytesRef term) {
            if (s.isEmpty()) {
                return null;
            }
            int[] starts = new int[4];
            int count = 0;
            int last = content.length() - s.length();
            char first = s.charAt(0);
            boolean foldFirst = Character.toLowerCase(first) != Character.toUpperCase(first);
            for (int i = 0; i <= last; i++) {
                char c = content.charAt(i);
                if ((c == first || foldFirst && Character.toLowerCase(c) == Character.toLowerCase(first))
                        && content.regionMatches(true, i, s, 0, s.length())) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i;
                    i += s.length() - 1;
                }
            }
            return count == 0 ? null : new Found(starts, count, s.length(), term);
        }

        @Override
        public boolean nextPosition() {
            return ++at < count;
        }

        @Override
        public int freq() {
            return count;
        }

        @Override
        public BytesRef getTerm() {
            return term;
        }

        @Override
        public int startOffset() {
            return starts[at];
        }

        @Override
        public int endOffset() {
            return starts[at] + length;
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
