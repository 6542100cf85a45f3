package org.zhengwu.platform.text;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Simplified and traditional script with OpenCC 1.1.6's dictionaries (Apache-2.0, in {@code resources/opencc}) and
 * OpenCC's algorithm, corrected by Zhengwu's own phrases ({@code opencc/zhengwu-s2t.txt}: 不断发展 is 不斷發展, not
 * 不斷髮展). The traditional standard is a setting ({@link ScriptVariant}); folding back to simplified accepts every
 * standard's forms (OpenCC hk2s, which also reads Taiwan's and OpenCC's own forms) and swaps no words, so a search
 * folds 群眾, 羣衆 and 群众 alike. The dictionaries are read once per process (about a second) and shared.
 */
@Component
public class OpenccChineseScript implements ChineseScript {

    private final ScriptVariant variant;
    private final ScriptConversion toTraditional;

    @Autowired
    public OpenccChineseScript(@Value("${zhengwu.script.variant:tw}") String variant) {
        this(ScriptVariant.of(variant));
    }

    public OpenccChineseScript(ScriptVariant variant) {
        this.variant = variant;
        this.toTraditional = Dictionaries.traditional(variant);
    }

    public ScriptVariant variant() {
        return variant;
    }

    @Override
    public String toTraditional(String simplified) {
        if (simplified == null || simplified.isEmpty()) {
            return simplified;
        }
        String converted = toTraditional.convert(simplified);
        return variant.cornerQuotes() ? CornerQuotes.apply(converted) : converted;
    }

    @Override
    public String toSimplified(String traditional) {
        return traditional == null || traditional.isEmpty() ? traditional : Dictionaries.SIMPLIFIED.convert(traditional);
    }

    /** The dictionaries, read on first use and kept for the process. */
    private static final class Dictionaries {

        static final PhraseDictionary ZHENGWU = PhraseDictionary.load("/opencc/zhengwu-s2t.txt");
        static final PhraseDictionary ST_PHRASES = PhraseDictionary.load("/opencc/STPhrases.txt");
        static final PhraseDictionary ST_CHARACTERS = PhraseDictionary.load("/opencc/STCharacters.txt");
        static final ScriptConversion SIMPLIFIED;

        static {
            PhraseDictionary hkPhrases = PhraseDictionary.load("/opencc/HKVariantsRevPhrases.txt");
            SIMPLIFIED = new ScriptConversion(PhraseDictionary.EMPTY, hkPhrases,
                    new PhraseDictionary[] {PhraseDictionary.load("/opencc/HKVariantsRev.txt")},
                    List.<PhraseDictionary[]>of(new PhraseDictionary[] {PhraseDictionary.load("/opencc/TSPhrases.txt"),
                            PhraseDictionary.load("/opencc/TSCharacters.txt")}));
        }

        static ScriptConversion traditional(ScriptVariant variant) {
            List<PhraseDictionary[]> steps = new ArrayList<>();
            for (String step : variant.steps()) {
                steps.add(new PhraseDictionary[] {PhraseDictionary.load(step)});
            }
            return new ScriptConversion(ZHENGWU, ST_PHRASES, new PhraseDictionary[] {ST_CHARACTERS}, steps);
        }
    }
}
