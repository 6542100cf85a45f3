package org.zhengwu.interaction.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tracking numbers (信件编号) such as {@code XJ20260315K7QM4HZP}: {@code XJ}, the day of submission, and 8 random
 * characters from {@link #ALPHABET} (31<sup>8</sup>, about 8.5 × 10<sup>11</sup> a day), so that numbers cannot be
 * counted through or guessed. Query codes (查询码) are 8 characters of the same alphabet, drawn separately.
 */
public final class TrackingNumbers {

    /** Digits and capitals without 0/O, 1/I/L: nothing a writer can misread when copying it down. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int RANDOM_LENGTH = 8;
    public static final int QUERY_CODE_LENGTH = 8;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TRACKING = Pattern.compile("XJ\\d{8}[" + ALPHABET + "]{" + RANDOM_LENGTH + "}");
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + QUERY_CODE_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumbers() {
    }

    public static String newTrackingNumber(LocalDate day) {
        return "XJ" + day.format(DAY) + random(RANDOM_LENGTH);
    }

    public static String newQueryCode() {
        return random(QUERY_CODE_LENGTH);
    }

    /** A typed tracking number in its stored form (upper case, without spaces and hyphens), if it can be one. */
    public static Optional<String> trackingNumber(String typed) {
        String t = canonical(typed);
        return TRACKING.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /** A typed query code in its stored form, if it can be one. */
    public static Optional<String> queryCode(String typed) {
        String t = canonical(typed);
        return CODE.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    private static String canonical(String typed) {
        if (typed == null || typed.length() > 64) {
            return "";
        }
        return typed.replaceAll("[\\s\\-\u3000]", "").toUpperCase(Locale.ROOT);
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(out);
    }
}
