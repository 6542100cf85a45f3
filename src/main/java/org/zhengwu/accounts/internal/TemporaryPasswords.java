package org.zhengwu.accounts.internal;

import java.security.SecureRandom;

/** Random one-time passwords: letters and digits without look-alikes (0/O, 1/l/I), always both kinds. */
public final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LETTERS + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String generate(int length) {
        if (length < 4) {
            throw new IllegalArgumentException("too short");
        }
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALL.charAt(RANDOM.nextInt(ALL.length()));
        }
        // one letter and one digit at random positions, so the password always passes the policy
        int letterAt = RANDOM.nextInt(length);
        int digitAt = (letterAt + 1 + RANDOM.nextInt(length - 1)) % length;
        out[letterAt] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        out[digitAt] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(out);
    }
}
