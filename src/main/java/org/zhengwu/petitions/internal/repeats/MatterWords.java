package org.zhengwu.petitions.internal.repeats;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.zhengwu.platform.text.ChineseScript;

/**
 * What a matter's text is compared by: the text folded to simplified script (so a traditional re-telling reads the
 * same), full-width letters and digits to half width, cut into HanLP's words in index mode (a long word also gives the
 * dictionary words inside it: 噪音扰民 → 噪音, 扰民), without stop words (的, 了, 我们) and punctuation; each distinct word
 * kept only as its keyed 32-bit fingerprint ({@link Fingerprints}). The result is sorted and distinct.
 */
final class MatterWords {

    private final ChineseScript script;
    private final Fingerprints fingerprints;

    MatterWords(ChineseScript script, Fingerprints fingerprints) {
        this.script = script;
        this.fingerprints = fingerprints;
    }

    int[] of(String matter) {
        if (matter == null || matter.isBlank()) {
            return new int[0];
        }
        String folded = script.toSimplified(halfWidth(matter)).toLowerCase(Locale.ROOT);
        Segment segment = HanLP.newSegment()
                .enableAllNamedEntityRecognize(false)
                .enablePartOfSpeechTagging(false)
                .enableCustomDictionary(true)
                .enableIndexMode(true);
        TreeSet<String> words = new TreeSet<>();
        for (Term t : segment.seg(folded)) {
            String w = t.word.strip();
            if (!w.isEmpty() && hasLetterOrDigit(w) && !CoreStopWordDictionary.contains(w)) {
                words.add(w);
            }
        }
        int[] out = words.stream().mapToInt(fingerprints::word).distinct().toArray();
        Arrays.sort(out);
        return out;
    }

    private static boolean hasLetterOrDigit(String w) {
        return w.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Full-width ASCII (Ａ１２) as half width (A12), the ideographic space as a space. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return b.toString();
    }
}
