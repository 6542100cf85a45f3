package org.zhengwu.platform.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The traditional-script standard of the zh-Hant mirror ({@code zhengwu.script.variant}). Every variant converts with
 * OpenCC's phrase dictionaries and Zhengwu's corrections; they differ in character forms, quotation marks and words.
 */
public enum ScriptVariant {

    /** Taiwan's standard forms (群眾, 裡面, 臺灣, 著) and 「」 quotation marks; the words stay as written (信息, 通过). */
    TW(true, "/opencc/TWVariants.txt"),
    /** As {@link #TW}, plus Taiwan's vocabulary (OpenCC s2twp: 信息→資訊, 项目→專案, 通过→透過, 社区→社群). */
    TWP(true, "/opencc/TWPhrases.txt", "/opencc/TWVariants.txt"),
    /** Hong Kong's standard forms (羣眾, 裏面, 台灣, 衞生) and 「」 quotation marks. */
    HK(true, "/opencc/HKVariants.txt"),
    /** OpenCC's own traditional forms (羣衆, 裏面, 臺灣), quotation marks as written. */
    T(false);

    private final boolean cornerQuotes;
    private final String[] steps;

    ScriptVariant(boolean cornerQuotes, String... steps) {
        this.cornerQuotes = cornerQuotes;
        this.steps = steps;
    }

    boolean cornerQuotes() {
        return cornerQuotes;
    }

    /** The dictionaries applied after the standard traditional forms, one step each. */
    String[] steps() {
        return steps;
    }

    /** The variant named by a setting ({@code tw}, {@code twp}, {@code hk}, {@code t}), with a clear refusal otherwise. */
    public static ScriptVariant of(String setting) {
        String name = setting == null ? "" : setting.trim().toUpperCase(Locale.ROOT);
        for (ScriptVariant variant : values()) {
            if (variant.name().equals(name)) {
                return variant;
            }
        }
        throw new IllegalArgumentException("zhengwu.script.variant 的值 \"" + setting + "\" 无效，可选: "
                + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
