package org.zhengwu.platform.text;

import java.util.Arrays;

/** A growing array of characters: the text a conversion step writes, read by the next step without a copy. */
final class CharBuffer {

    char[] chars;
    int length;

    CharBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    void append(String s) {
        int n = s.length();
        if (length + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length * 2, length + n));
        }
        s.getChars(0, n, chars, length);
        length += n;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
