package org.zhengwu.search.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for the snippets: after 。！？；!?; and line breaks (and the value separator between body and
 * title). The JDK's rule-based sentence iterator did the same work several times slower, and Chinese government text
 * needs no more than its punctuation.
 */
final class ChineseSentences extends BreakIterator {

    private CharacterIterator text = new StringCharacterIterator("");
    private int begin;
    private int end;
    private int current;

    private boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n'
                || c == '\u2029' || c == '\u0000';
    }

    /** The boundary after position {@code from}: just past the next sentence end, or the end of the text. */
    private int nextBoundary(int from) {
        for (int i = from; i < end; i++) {
            if (endsSentence(text.setIndex(i))) {
                return i + 1;
            }
        }
        return end;
    }

    /** The boundary before position {@code from}: just past the previous sentence end, or the start of the text. */
    private int previousBoundary(int from) {
        for (int i = from - 1; i > begin; i--) {
            if (endsSentence(text.setIndex(i - 1))) {
                return i;
            }
        }
        return begin;
    }

    @Override
    public int first() {
        return current = begin;
    }

    @Override
    public int last() {
        return current = end;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < Math.abs(n); i++) {
            result = n > 0 ? next() : previous();
            if (result == DONE) {
                return DONE;
            }
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= end) {
            return DONE;
        }
        return current = nextBoundary(current);
    }

    @Override
    public int previous() {
        if (current <= begin) {
            return DONE;
        }
        return current = previousBoundary(current);
    }

    @Override
    public int following(int offset) {
        if (offset >= end) {
            current = end;
            return DONE;
        }
        return current = nextBoundary(Math.max(offset, begin));
    }

    @Override
    public int preceding(int offset) {
        if (offset <= begin) {
            current = begin;
            return DONE;
        }
        return current = previousBoundary(Math.min(offset, end));
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        begin = newText.getBeginIndex();
        end = newText.getEndIndex();
        current = begin;
    }
}
