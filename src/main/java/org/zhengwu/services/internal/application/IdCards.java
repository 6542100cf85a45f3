package org.zhengwu.services.internal.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Resident ID numbers (GB 11643): 17 digits, a check character by ISO 7064 MOD 11-2, and a real birth date. */
final class IdCards {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdCards() {
    }

    static boolean valid(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK.charAt(sum % 11) != number.charAt(17)) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return born.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The check character that completes these 17 digits (for tests and the demo). */
    static char checkFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
