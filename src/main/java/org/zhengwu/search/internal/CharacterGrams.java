package org.zhengwu.search.internal;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The text as overlapping pairs of Chinese characters, so that any string of the page is found and not only the
 * dictionary's words (ADR 0021). Each Chinese character of a run takes one position; the pair it starts is indexed
 * there (给水排水 → 给水, 水排, 排水). A run's first and last characters are indexed alone as well, at their own
 * positions, so a query that starts or ends with one character beside punctuation still lines up (“务，加” finds
 * 任务，加强). Letters and digits are one token per run, lower case, full-width folded to half width. Punctuation
 * and spaces take one empty position: a phrase cannot run across them unless the query has a break there too.
 * <p>
 * Queries are analysed the same way without the lone first and last characters (only a run of one character is
 * itself a token), so that every pair of the query must stand next to each other in the text.
 */
final class CharacterGrams extends Tokenizer {

    /** The longest run of letters or digits kept as one token (longer ones are cut). */
    private static final int MAX_WORD = 255;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private final boolean document;
    private char[] text = new char[1024];
    private int length;
    /** Where the scan stands in {@link #text}. */
    private int next;
    /** The current run of Chinese characters: its char offsets, code points and how far it was emitted. */
    private int[] runStarts = new int[64];
    private int[] runPoints = new int[64];
    private int runLength;
    /** How many tokens the run gives, and how many it gave. */
    private int runSteps;
    private int runStep;
    /** The position of the run's first character, and of the last token emitted (-1 before any). */
    private int runPosition;
    private int position;
    private int lastEmitted;
    private boolean breakBefore;

    private CharacterGrams(boolean document) {
        this.document = document;
    }

    /** The analyzer of the grams field; between two values of a field (body, title) a break as after punctuation. */
    static Analyzer analyzer(boolean document) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new CharacterGrams(document));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 1;
            }
        };
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        int n;
        while ((n = input.read(text, length, text.length - length)) > 0) {
            length += n;
            if (length == text.length) {
                text = java.util.Arrays.copyOf(text, text.length * 2);
            }
        }
        next = 0;
        runLength = 0;
        runStep = 0;
        runSteps = 0;
        position = -1;
        lastEmitted = -1;
        breakBefore = false;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (true) {
            if (runStep < runSteps) {
                emitFromRun(runStep++);
                return true;
            }
            runLength = 0;
            runStep = 0;
            runSteps = 0;
            int found = scan();
            if (found == END) {
                return false;
            }
            if (found == WORD) {
                return true;
            }
        }
    }

    private static final int END = 0;
    private static final int RUN = 1;
    private static final int WORD = 2;

    /**
     * Reads on to the next run: a run of Chinese characters is kept for {@link #emitFromRun} ({@link #RUN}); a run
     * of letters or digits is emitted at once ({@link #WORD}).
     */
    private int scan() {
        while (next < length) {
            int start = next;
            int cp = Character.codePointAt(text, next, length);
            if (isChinese(cp)) {
                runPosition = position + (breakBefore && position >= 0 ? 2 : 1);
                breakBefore = false;
                while (next < length) {
                    cp = Character.codePointAt(text, next, length);
                    if (!isChinese(cp)) {
                        break;
                    }
                    if (runLength == runPoints.length) {
                        runPoints = java.util.Arrays.copyOf(runPoints, runLength * 2);
                        runStarts = java.util.Arrays.copyOf(runStarts, runLength * 2);
                    }
                    runStarts[runLength] = next;
                    runPoints[runLength++] = cp;
                    next += Character.charCount(cp);
                }
                position = runPosition + runLength - 1;
                // one character: itself; documents: first alone, the pairs, last alone; queries: the pairs only
                runSteps = runLength == 1 ? 1 : document ? runLength + 1 : runLength - 1;
                return RUN;
            }
            if (Character.isLetterOrDigit(cp)) {
                int at = position + (breakBefore && position >= 0 ? 2 : 1);
                breakBefore = false;
                termAtt.setEmpty();
                int points = 0;
                while (next < length) {
                    cp = Character.codePointAt(text, next, length);
                    if (!Character.isLetterOrDigit(cp) || isChinese(cp)) {
                        break;
                    }
                    if (points++ < MAX_WORD) {
                        appendCodePoint(fold(cp));
                    }
                    next += Character.charCount(cp);
                }
                position = at;
                emit(at, start, next);
                return WORD;
            }
            breakBefore = true;
            next += Character.charCount(cp);
        }
        return END;
    }

    /** Step {@code step} of the current run of Chinese characters (see {@link #runSteps}). */
    private void emitFromRun(int step) {
        if (runLength == 1) {
            one(0);
        } else if (!document) {
            pair(step);
        } else if (step == 0) {
            one(0);
        } else if (step < runLength) {
            pair(step - 1);
        } else {
            one(runLength - 1);
        }
    }

    private void one(int i) {
        termAtt.setEmpty();
        appendCodePoint(runPoints[i]);
        emit(runPosition + i, runStarts[i], runStarts[i] + Character.charCount(runPoints[i]));
    }

    private void pair(int i) {
        termAtt.setEmpty();
        appendCodePoint(runPoints[i]);
        appendCodePoint(runPoints[i + 1]);
        emit(runPosition + i, runStarts[i], runStarts[i + 1] + Character.charCount(runPoints[i + 1]));
    }

    private void appendCodePoint(int cp) {
        if (Character.isBmpCodePoint(cp)) {
            termAtt.append((char) cp);
        } else {
            termAtt.append(Character.highSurrogate(cp)).append(Character.lowSurrogate(cp));
        }
    }

    private void emit(int at, int start, int end) {
        posAtt.setPositionIncrement(at - lastEmitted);
        lastEmitted = at;
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offsetAtt.setOffset(end, end);
    }

    static boolean isChinese(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0x3400 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Lower case, full-width letters and digits as half width. */
    private static int fold(int cp) {
        return Character.toLowerCase(cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp);
    }
}
