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
        Segments segments = segment(text);
        for (PhraseDictionary[] step : steps) {
            segments = segments.convert(step);
        }
        return segments.text.toString();
    }

    private Segments segment(String text) {
        int n = text.length();
        Segments out = new Segments(text, n / 2 + 2);
        int pending = 0; // characters that start no phrase, gathered into one segment
        int i = 0;
        while (i < n) {
            int length = priority.match(text, i, n);
            if (length == 0) {
                length = phrases.match(text, i, n);
                int blocked = firstPriorityStart(text, i + 1, i + length);
                if (blocked > 0) {
                    length = phrases.match(text, i, blocked);
                }
            }
            if (length == 0) {
                pending++;
                i++;
                continue;
            }
            if (pending > 0) {
                out.end(i);
                pending = 0;
            }
            i += length;
            out.end(i);
        }
        if (pending > 0) {
            out.end(n);
        }
        return out;
    }

    private int firstPriorityStart(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (priority.match(text, j, text.length()) > 0) {
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
                int end = ends[s];
                int i = start;
                while (i < end) {
                    int length = 0;
                    PhraseDictionary found = null;
                    for (PhraseDictionary dictionary : group) {
                        length = dictionary.match(text, i, end);
                        if (length > 0) {
                            found = dictionary;
                            break;
                        }
                    }
                    if (found == null) {
                        converted.append(text.charAt(i));
                        i++;
                    } else {
                        converted.append(found.value(text, i, length));
                        i += length;
                    }
                }
                out.end(converted.length());
                start = end;
            }
            return out;
        }
    }
}
