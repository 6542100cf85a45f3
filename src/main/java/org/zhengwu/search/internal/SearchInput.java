package org.zhengwu.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A visitor's query, made safe: control characters become spaces, text in quotes ("", “”, 「」) is a phrase and an
 * unclosed quote runs to the end, the rest is words. Nothing of it reaches a query parser, so Lucene syntax is just
 * text. {@link #problem} names the message to show instead of searching.
 */
record SearchInput(String text, List<String> words, List<String> phrases, String problem) {

    static final int MAX_LENGTH = 100;

    static SearchInput of(String raw) {
        String text = raw == null ? "" : raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]", " ").strip();
        if (text.isEmpty()) {
            return new SearchInput("", List.of(), List.of(), "search.empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return new SearchInput(text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)), List.of(), List.of(),
                    "search.too-long");
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '「' || c == '」') {
                flush(current, quoted ? phrases : words);
                quoted = !quoted;
            } else {
                current.append(c);
            }
        }
        flush(current, quoted ? phrases : words);
        return new SearchInput(text, words, phrases, null);
    }

    private static void flush(StringBuilder current, List<String> into) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            into.add(s);
        }
        current.setLength(0);
    }
}
