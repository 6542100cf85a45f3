package org.zhengwu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhengwu.search.SearchQuery;

/**
 * A visitor's query as Lucene queries (ADR 0003, 0021). Every word (a run of text between spaces) and every quoted
 * phrase must stand in the title or the body as written, found through the character pairs ({@link CharacterGrams}),
 * so a piece cut out of a word finds it too; a single Chinese character is looked up as a word or beside punctuation.
 * The words decide the ranking: a document holding all of a word's dictionary words gets {@link #WHOLE_WORDS}, which
 * no pair score reaches, so a whole word always ranks above a piece cut across words; then the pairs' BM25 (of a word
 * of two characters the same as the word's own, one postings list fewer per word than scoring the words again) and
 * three times a title word.
 */
final class SearchMatching {

    static final String ID = "id";
    static final String SITE = "site";
    /** The title alone, for ranking: a word in the title counts more. */
    static final String TITLE = "title";
    /** Body and title as two values of one field, HanLP's words: the ranking (the snippets' text is in the PageRecord). */
    static final String TEXT = "text";
    /** Body and title again as character pairs ({@link CharacterGrams}): what every word and phrase must match. */
    static final String GRAMS = "grams";
    static final String DOCNO = "docno";
    static final String COLUMN = "columnCode";
    static final String KIND = "kindKey";
    static final String DAY = "day";

    /**
     * Given to a document holding every dictionary word of one of the query's words. A term's BM25 score is at most
     * its idf, ln(1 + 2N) ≈ 14.5 at a million documents: the pairs of a query (at most 100 terms) and three times
     * its title words (at most 100) stay below this.
     */
    static final float WHOLE_WORDS = 10000f;

    /** Between words: spaces, also the full-width one. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u3000]+");

    private final Analyzer words;
    private final Analyzer grams = CharacterGrams.analyzer(false);

    SearchMatching(Analyzer words) {
        this.words = words;
    }

    /**
     * What decides a match (every word, phrase and 文号, and the filters), the same with the ranking's clauses, and
     * what the snippets mark.
     */
    record Matching(Query required, Query ranked, List<SnippetHighlighter.Mark> marks) {
    }

    /** Null when the query holds nothing to search for. */
    Matching of(SearchQuery q) {
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        List<BooleanClause> ranking = new ArrayList<>();
        List<SnippetHighlighter.Mark> marks = new ArrayList<>();
        int clauses = 0;
        for (String word : q.words()) {
            DocumentNumbers.Match number;
            while ((number = DocumentNumbers.in(word)) != null) {
                // a 文号 matches as a whole, in whatever brackets either side wrote it
                required.add(new BoostQuery(new TermQuery(new Term(DOCNO, number.term())), 3f), Occur.MUST);
                clauses++;
                word = number.rest();
            }
            for (String part : SPACES.split(word)) {
                clauses += add(part, required, ranking, marks);
            }
        }
        for (String phrase : q.phrases()) {
            clauses += add(DocumentNumbers.normalise(phrase), required, ranking, marks);
        }
        if (clauses == 0) {
            return null;
        }
        if (q.siteCode() != null) {
            required.add(new TermQuery(new Term(SITE, q.siteCode())), Occur.FILTER);
        }
        if (q.columnCode() != null) {
            required.add(new TermQuery(new Term(COLUMN, q.columnCode())), Occur.FILTER);
        }
        if (q.kind() != null) {
            required.add(new TermQuery(new Term(KIND, q.kind())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            required.add(LongPoint.newRangeQuery(DAY, q.from() == null ? Long.MIN_VALUE + 1 : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), Occur.FILTER);
        }
        BooleanQuery must = required.build();
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(must, Occur.MUST);
        ranking.forEach(ranked::add);
        return new Matching(must, ranked.build(), marks);
    }

    /** One word or phrase: its required clause, its ranking clauses and its mark; 0 when it holds nothing. */
    private int add(String text, BooleanQuery.Builder required, List<BooleanClause> ranking,
                    List<SnippetHighlighter.Mark> marks) {
        List<String> dictionaryWords = tokens(words, text).terms();
        Tokens pairs = tokens(grams, text);
        if (pairs.terms().isEmpty()) {
            return 0;
        }
        marks.add(SnippetHighlighter.Mark.of(text));
        for (String w : dictionaryWords) {
            ranking.add(new BooleanClause(new BoostQuery(new TermQuery(new Term(TITLE, w)), 3f), Occur.SHOULD));
        }
        String only = pairs.terms().size() == 1 ? pairs.terms().get(0) : null;
        if (only != null && only.codePointCount(0, only.length()) == 1 && CharacterGrams.isChinese(only.codePointAt(0))) {
            // one Chinese character: indexed alone at the edge of a run (beside punctuation), else as a word
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(pairs.query(GRAMS), Occur.SHOULD);
            if (!dictionaryWords.isEmpty()) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                dictionaryWords.forEach(w -> all.add(new TermQuery(new Term(TEXT, w)), Occur.MUST));
                either.add(all.build(), Occur.SHOULD);
            }
            required.add(either.build(), Occur.MUST);
            return 1;
        }
        required.add(pairs.query(GRAMS), Occur.MUST);
        if (!dictionaryWords.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String w : dictionaryWords) {
                all.add(new TermQuery(new Term(TEXT, w)), Occur.FILTER);
            }
            ranking.add(new BooleanClause(new BoostQuery(new ConstantScoreQuery(all.build()), WHOLE_WORDS),
                    Occur.SHOULD));
        }
        return 1;
    }

    /** The terms an analyzer finds in a text and their positions (at most 100). */
    record Tokens(List<String> terms, List<Integer> positions) {

        /** One term, or the phrase of all at their positions. */
        Query query(String field) {
            if (terms.size() == 1) {
                return new TermQuery(new Term(field, terms.get(0)));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i < terms.size(); i++) {
                phrase.add(new Term(field, terms.get(i)), positions.get(i));
            }
            return phrase.build();
        }
    }

    static Tokens tokens(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken() && terms.size() < 100) {
                position += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tokens(terms, positions);
    }
}
