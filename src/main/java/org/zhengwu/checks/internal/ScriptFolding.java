package org.zhengwu.checks.internal;

import org.springframework.stereotype.Component;
import org.zhengwu.platform.text.ChineseScript;

/**
 * Folds text for matching without moving any character: traditional to simplified, full-width Latin letters and
 * digits to ASCII, upper to lower case. The result has the length of the input, so an offset in the folded text is
 * the same offset in the original.
 *
 * <p>Each line is converted by the platform's phrase-level {@link ChineseScript} (乾燥→干燥 but 乾隆 stays). When that
 * changes a line's length (it may, on some phrases and on combining marks), the line is folded one character at a
 * time instead, which keeps offsets at the cost of the phrase context.
 */
@Component
public class ScriptFolding {

    private final ChineseScript script;
    /** Single characters folded so far; 0 = not looked up yet. Races only repeat a lookup. */
    private final char[] singles = new char[Character.MAX_VALUE + 1];

    public ScriptFolding(ChineseScript script) {
        this.script = script;
    }

    public String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            foldLine(text, lineStart, lineEnd, out);
            if (lineEnd < text.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private void foldLine(String text, int from, int to, StringBuilder out) {
        String line = text.substring(from, to);
        String converted = hasHan(line) ? script.toSimplified(line) : line;
        if (converted.length() == line.length()) {
            for (int k = 0; k < converted.length(); k++) {
                out.append(plain(converted.charAt(k)));
            }
        } else {
            for (int k = 0; k < line.length(); k++) {
                out.append(plain(single(line.charAt(k))));
            }
        }
    }

    private char single(char c) {
        if (c < 0x2E80) {
            return c;
        }
        char known = singles[c];
        if (known == 0) {
            String s = Character.isSurrogate(c) ? String.valueOf(c) : script.toSimplified(String.valueOf(c));
            known = s.length() == 1 ? s.charAt(0) : c;
            singles[c] = known;
        }
        return known;
    }

    private static char plain(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0); // full-width ASCII forms
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c;
    }

    private static boolean hasHan(String line) {
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) >= 0x2E80) {
                return true;
            }
        }
        return false;
    }
}
