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
 * phrase shortens that phrase instead, so 爱护 | 发展 is converted. Priority phrases are also the first dictionary of
 * the first step, so they replace OpenCC's entry for the same key (江干区 is 江干區, not OpenCC's 江乾區).
 */
final class ScriptConversion {

    private final PhraseDictionary priority;
    private final PhraseDictionary phrases;
    private final List<PhraseDictionary[]> steps;

    /**
     * @param priority Zhengwu's phrases, cut out first
     * @param phrases the dictionary the text is segmented by
     * @param steps the chain: each step a group of dictionaries, the first one matching wins
     */
    ScriptConversion(PhraseDictionary priority, PhraseDictionary phrases, List<PhraseDictionary[]> steps) {
        this.priority = priority;
        this.phrases = phrases;
        this.steps = steps;
    }

    String convert(String text) {
        Segments segments = segmentAndConvert(text);
        for (int s = 1; s < steps.size(); s++) {
            segments = segments.convert(steps.get(s));
        }
        return segments.text.toString();
    }

    /**
     * Segmentation and the first step in one pass: a phrase segment is written as its value at once (the first step's
     * group starts with the priority and the segmentation dictionaries, so OpenCC would take the same entry), a run of
     * characters that start no phrase is converted by the first step when it ends.
     */
    private Segments segmentAndConvert(String text) {
        int n = text.length();
        StringBuilder converted = new StringBuilder(n + 16);
        Segments out = new Segments(converted, n / 2 + 2);
        PhraseDictionary[] first = steps.get(0);
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
                Segments.convert(first, text, pending, i, converted);
                out.end(converted.length());
                pending = -1;
            }
            converted.append(found.value(match, text, i));
            out.end(converted.length());
            i += found.length(match);
        }
        if (pending >= 0) {
            Segments.convert(first, text, pending, n, converted);
            out.end(converted.length());
        }
        return out;
    }

    private int firstPriorityStart(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (priority.match(text, j, text.length()) != 0) {
                return j;
            }
        }
        return 0;
    }

    /** A text and the ends of its segments. */
    private static final class Segments {

        final CharSequence text;
        int[] ends;
        int count;

        Segments(CharSequence text, int capacity) {
            this.text = text;
            this.ends = new int[capacity];
        }

        void end(int position) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = position;
        }

        Segments convert(PhraseDictionary[] group) {
            StringBuilder converted = new StringBuilder(text.length() + 16);
            Segments out = new Segments(converted, count + 1);
            int start = 0;
            for (int s = 0; s < count; s++) {
                convert(group, text, start, ends[s], converted);
                out.end(converted.length());
                start = ends[s];
            }
            return out;
        }

        /** {@code text[start, end)} converted by longest match, the first dictionary of the group that matches winning. */
        static void convert(PhraseDictionary[] group, CharSequence text, int start, int end, StringBuilder out) {
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
                    out.append(text.charAt(i));
                    i++;
                } else {
                    out.append(found.value(match, text, i));
                    i += found.length(match);
                }
            }
        }
    }
}
