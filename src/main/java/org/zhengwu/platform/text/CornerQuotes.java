package org.zhengwu.platform.text;

/**
 * Chinese quotation marks as Taiwan and Hong Kong write them: “” becomes 「」 and ‘’ becomes 『』. A single quote is
 * taken for one only beside a Chinese character, so the apostrophe of Latin text (it’s) stays.
 */
final class CornerQuotes {

    private CornerQuotes() {
    }

    static String apply(String text) {
        if (!hasQuote(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            switch (out.charAt(i)) {
                case '“' -> out.setCharAt(i, '「');
                case '”' -> out.setCharAt(i, '」');
                case '‘' -> {
                    if (i + 1 < out.length() && isChinese(out.charAt(i + 1))) {
                        out.setCharAt(i, '『');
                    }
                }
                case '’' -> {
                    if (i > 0 && isChinese(out.charAt(i - 1))) {
                        out.setCharAt(i, '』');
                    }
                }
                default -> { }
            }
        }
        return out.toString();
    }

    private static boolean hasQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '‘' && c <= '”') {
                return true;
            }
        }
        return false;
    }

    /** Han characters and Chinese punctuation (」 included), not the full-width Latin forms. */
    private static boolean isChinese(char c) {
        return c >= 0x2E80 && !(c >= 0xFF00 && c <= 0xFFEF);
    }
}
