package org.zhengwu.platform.text;

import java.util.Arrays;
import java.util.List;

/**
 * One conversion the way OpenCC 1.1.6 runs a configuration: the text is cut into segments by forward maximum matching
 * against a phrase dictionary (characters that start no phrase are gathered into one segment), then each step of the
 * chain rewrites each segment on its own, taking at every position the longest key of the first dictionary of the
 * step's group that has one.
 *
 * <p>One addition: Zhengwu's own phrases ({@code priority}) are cut out before OpenCC's. OpenCC's forward matching takes
 * 护发 in 爱护发展 (護髮) because it starts one character earlier than 发展; a priority phrase starting inside an OpenCC
 * phrase shortens that phrase instead, so 爱护 | 发展 is converted. Where a priority phrase matches its own value is
 * written, so it also replaces OpenCC's entry for the same key (江干区 is 江干區, not OpenCC's 江乾區).
 */
final class ScriptConversion {

    private final PhraseDictionary priority;
    private final PhraseDictionary phrases;
    private final PhraseDictionary[] characters;
    private final List<PhraseDictionary[]> steps;

    /**
     * @param priority Zhengwu's phrases, cut out first
     * @param phrases the dictionary the text is segmented by
     * @param characters the rest of the first step's group (OpenCC's group is phrases, then characters: a phrase
     *     segment is its phrase's value, the characters between phrases are looked up here)
     * @param steps the rest of the chain: each step a group of dictionaries, the first one matching wins
     */
    ScriptConversion(PhraseDictionary priority, PhraseDictionary phrases, PhraseDictionary[] characters,
                     List<PhraseDictionary[]> steps) {
        this.priority = priority;
        this.phrases = phrases;
        this.characters = characters;
        this.steps = steps;
    }

    String convert(String text) {
        Segments segments = segmentAndConvert(text.toCharArray());
        for (PhraseDictionary[] step : steps) {
            segments = segments.convert(step);
        }
        return segments.text.toString();
    }

    /**
     * Segmentation and the first step in one pass: a phrase segment is written as its value at once; a run of
     * characters that start no phrase (nor a priority phrase) is converted by the character dictionaries when it ends.
     */
    private Segments segmentAndConvert(char[] text) {
        int n = text.length;
        Segments out = new Segments(new CharBuffer(n + 16), n / 4 + 2);
        int pending = -1; // start of the characters that start no phrase, gathered into one segment
        int i = 0;
        while (i < n) {
            PhraseDictionary found = priority;
            int match = priority.match(text, i, n);
            if (match == 0) {
                found = phrases;
                match = phrases.match(text, i, n);
                int blocked = match == 0 ? 0 : firstPriorityStart(text, i + 1, i + phrases.length(match));
                if (blocked > 0) {
                    match = phrases.match(text, i, blocked);
                }
            }
            if (match == 0) {
                if (pending < 0) {
                    pending = i;
                }
                i++;
                continue;
            }
            if (pending >= 0) {
                Segments.convert(characters, text, pending, i, out.text);
                out.end();
                pending = -1;
            }
            found.appendValue(match, text, i, out.text);
            out.end();
            i += found.length(match);
        }
        if (pending >= 0) {
            Segments.convert(characters, text, pending, n, out.text);
            out.end();
        }
        return out;
    }

    private int firstPriorityStart(char[] text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (priority.match(text, j, text.length) != 0) {
                return j;
            }
        }
        return 0;
    }

    /** A text and the ends of its segments. */
    private static final class Segments {

        final CharBuffer text;
        int[] ends;
        int count;

        Segments(CharBuffer text, int capacity) {
            this.text = text;
            this.ends = new int[capacity];
        }

        /** Ends a segment where the text ends now. */
        void end() {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = text.length;
        }

        Segments convert(PhraseDictionary[] group) {
            Segments out = new Segments(new CharBuffer(text.length + 16), count + 1);
            int start = 0;
            for (int s = 0; s < count; s++) {
                convert(group, text.chars, start, ends[s], out.text);
                out.end();
                start = ends[s];
            }
            return out;
        }

        /** {@code text[start, end)} converted by longest match, the first dictionary of the group that matches winning. */
        static void convert(PhraseDictionary[] group, char[] text, int start, int end, CharBuffer out) {
            int i = start;
            while (i < end) {
                int match = 0;
                PhraseDictionary found = null;
                for (PhraseDictionary dictionary : group) {
                    match = dictionary.match(text, i, end);
                    if (match != 0) {
                        found = dictionary;
                        break;
                    }
                }
                if (found == null) {
                    out.append(text[i]);
                    i++;
                } else {
                    found.appendValue(match, text, i, out);
                    i += found.length(match);
                }
            }
        }
    }
}
