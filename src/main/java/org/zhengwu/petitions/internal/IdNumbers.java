package org.zhengwu.petitions.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The 18-character citizen ID number (居民身份证号码, GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check
 * character (0–9 or X); characters 7–14 are a valid date of birth.
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** The number in its stored form (upper-case X), or null when it is not a valid one. */
    static String valid(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().toUpperCase(Locale.ROOT);
        if (!s.matches("\\d{17}[\\dX]")) {
            return null;
        }
        try {
            LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
        return checkCharacter(s.substring(0, 17)) == s.charAt(17) ? s : null;
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
