package org.zhengwu.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A conversion dictionary in OpenCC's text format (one entry a line: key, a tab, the candidates separated by spaces;
 * the first candidate is the one used), looked up by the longest key starting at a position of a text.
 *
 * <p>The keys sit in an open-addressing table under {@link String#hashCode()}, which is computed one character at a
 * time while a match is extended, so a lookup allocates nothing. Per first character the table knows the longest key,
 * so a character that starts no key costs one array read.
 */
final class PhraseDictionary {

    static final PhraseDictionary EMPTY = new PhraseDictionary(Map.of());

    private final String[] keys;
    private final String[] values;
    private final int mask;
    /** The length of the longest key starting with each UTF-16 unit; 0 where none does. */
    private final byte[] longest = new byte[Character.MAX_VALUE + 1];

    private PhraseDictionary(Map<String, String> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        keys = new String[size];
        values = new String[size];
        mask = size - 1;
        entries.forEach((key, value) -> {
            int slot = key.hashCode() & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
            char first = key.charAt(0);
            longest[first] = (byte) Math.max(longest[first], Math.min(key.length(), Byte.MAX_VALUE));
        });
    }

    /** Reads classpath resources in order; a key in a later one replaces the same key of an earlier one. */
    static PhraseDictionary load(String... resources) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String resource : resources) {
            read(resource, entries);
        }
        return new PhraseDictionary(entries);
    }

    private static void read(String resource, Map<String, String> entries) {
        InputStream in = PhraseDictionary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("缺少简繁转换词典: " + resource);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1 || tab > Byte.MAX_VALUE) {
                    throw new IllegalStateException("简繁转换词典 " + resource + " 第 " + number + " 行格式有误: " + line);
                }
                int space = line.indexOf(' ', tab + 1);
                entries.put(line.substring(0, tab), line.substring(tab + 1, space < 0 ? line.length() : space));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The length of the longest key that starts at {@code from} and ends at or before {@code limit}; 0 if none. */
    int match(CharSequence text, int from, int limit) {
        int max = Math.min(longest[text.charAt(from)], limit - from);
        int found = 0;
        int hash = 0;
        for (int length = 1; length <= max; length++) {
            hash = 31 * hash + text.charAt(from + length - 1);
            if (slot(text, from, length, hash) >= 0) {
                found = length;
            }
        }
        return found;
    }

    /** The value of the key {@code text[from, from + length)}, which {@link #match} found. */
    String value(CharSequence text, int from, int length) {
        int hash = 0;
        for (int k = from; k < from + length; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        return values[slot(text, from, length, hash)];
    }

    private int slot(CharSequence text, int from, int length, int hash) {
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == length && regionEquals(key, text, from)) {
                return slot;
            }
        }
        return -1;
    }

    private static boolean regionEquals(String key, CharSequence text, int from) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != text.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }
}
