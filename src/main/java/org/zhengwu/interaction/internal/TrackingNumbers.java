package org.zhengwu.interaction.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengwu.platform.crypto.QueryCodes;

/**
 * Tracking numbers (信件编号) such as {@code XJ20260315K7QM4HZP}: {@code XJ}, the day of submission, and 8 random
 * characters from {@link #ALPHABET} (31<sup>8</sup>, about 8.5 × 10<sup>11</sup> a day), so that numbers cannot be
 * counted through or guessed. Query codes (查询码) are {@link QueryCodes}' 8 characters of the same alphabet, drawn
 * separately.
 */
public final class TrackingNumbers {

    public static final String ALPHABET = QueryCodes.ALPHABET;
    public static final int RANDOM_LENGTH = 8;
    public static final int QUERY_CODE_LENGTH = QueryCodes.LENGTH;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TRACKING = Pattern.compile("XJ\\d{8}[" + ALPHABET + "]{" + RANDOM_LENGTH + "}");

    private TrackingNumbers() {
    }

    public static String newTrackingNumber(LocalDate day) {
        return "XJ" + day.format(DAY) + QueryCodes.random(RANDOM_LENGTH);
    }

    public static String newQueryCode() {
        return QueryCodes.newCode();
    }

    /** A typed tracking number in its stored form (upper case, without spaces and hyphens), if it can be one. */
    public static Optional<String> trackingNumber(String typed) {
        String t = QueryCodes.canonical(typed);
        return TRACKING.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /** A typed query code in its stored form, if it can be one. */
    public static Optional<String> queryCode(String typed) {
        return QueryCodes.typed(typed);
    }
}
