package org.zhengwu.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A conversion dictionary in OpenCC's text format (one entry a line: key, a tab, the candidates separated by spaces;
 * the first candidate is the one used), looked up by the longest key starting at a position of a text.
 *
 * <p>Single characters sit in an array indexed by the character. Longer keys, and every prefix of them, sit in an
 * open-addressing table under {@link String#hashCode()}, which is computed one character at a time while a match is
 * extended: the search stops as soon as the text leaves every key, and a lookup allocates nothing. Per first
 * character the table knows the longest key, so a character that starts no key costs one array read.
 */
final class PhraseDictionary {

    static final PhraseDictionary EMPTY = new PhraseDictionary(Map.of());
    /** The value of a table entry that is only the prefix of longer keys. */
    private static final String PREFIX = new String("prefix");

    private final String[] singles = new String[Character.MAX_VALUE + 1];
    /** The value of a single character where it is one character too; 0 otherwise. */
    private final char[] singleChars = new char[Character.MAX_VALUE + 1];
    private final String[] keys;
    private final String[] values;
    private final int mask;
    /** The length of the longest key starting with each UTF-16 unit; 0 where none does. */
    private final byte[] longest = new byte[Character.MAX_VALUE + 1];
    /**
     * A bit per hash of the first two characters of the longer keys (256 KB, so it stays in the cache): most
     * positions of a text start no two-character prefix, and this answers so without touching the table.
     */
    private final long[] pairs = new long[PAIR_BITS / 64];
    private static final int PAIR_BITS = 1 << 21;

    private PhraseDictionary(Map<String, String> entries) {
        Map<String, String> table = new HashMap<>();
        entries.forEach((key, value) -> {
            char first = key.charAt(0);
            longest[first] = (byte) Math.max(longest[first], key.length());
            if (key.length() == 1) {
                singles[first] = value;
                singleChars[first] = value.length() == 1 ? value.charAt(0) : 0;
                return;
            }
            table.put(key, value);
            int pair = (31 * first + key.charAt(1)) & (PAIR_BITS - 1);
            pairs[pair >>> 6] |= 1L << pair;
            for (int length = 2; length < key.length(); length++) {
                table.putIfAbsent(key.substring(0, length), PREFIX);
            }
        });
        int size = Integer.highestOneBit(Math.max(4, table.size() * 2 - 1)) << 1;
        keys = new String[size];
        values = new String[size];
        mask = size - 1;
        table.forEach((key, value) -> {
            int slot = key.hashCode() & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
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
                if (tab <= 0 || tab == line.length() - 1 || tab > Byte.MAX_VALUE) { // keys longer than 127 do not fit `longest`
                    throw new IllegalStateException("简繁转换词典 " + resource + " 第 " + number + " 行格式有误: " + line);
                }
                int space = line.indexOf(' ', tab + 1);
                entries.put(line.substring(0, tab), line.substring(tab + 1, space < 0 ? line.length() : space));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The longest key that starts at {@code from} and ends at or before {@code limit}: 0 if none, -1 for a single
     * character, else a handle for {@link #length} and {@link #value}.
     */
    int match(char[] text, int from, int limit) {
        char first = text[from];
        int max = Math.min(longest[first], limit - from);
        if (max <= 0) {
            return 0;
        }
        int found = singles[first] == null ? 0 : -1;
        if (max == 1) {
            return found;
        }
        int hash = 31 * first + text[from + 1];
        int pair = hash & (PAIR_BITS - 1);
        if ((pairs[pair >>> 6] & (1L << pair)) == 0) {
            return found;
        }
        hash = first;
        for (int length = 2; length <= max; length++) {
            hash = 31 * hash + text[from + length - 1];
            int slot = slot(text, from, length, hash);
            if (slot < 0) {
                break;
            }
            if (values[slot] != PREFIX) {
                found = slot + 1;
            }
        }
        return found;
    }

    /** The length of the key that {@link #match} found. */
    int length(int match) {
        return match < 0 ? 1 : keys[match - 1].length();
    }

    /** Appends the value of the key that {@link #match} found at {@code from}. */
    void appendValue(int match, char[] text, int from, CharBuffer out) {
        if (match > 0) {
            out.append(values[match - 1]);
        } else if (singleChars[text[from]] != 0) {
            out.append(singleChars[text[from]]);
        } else {
            out.append(singles[text[from]]);
        }
    }

    private int slot(char[] text, int from, int length, int hash) {
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == length && regionEquals(key, text, from)) {
                return slot;
            }
        }
        return -1;
    }

    private static boolean regionEquals(String key, char[] text, int from) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != text[from + k]) {
                return false;
            }
        }
        return true;
    }
}
