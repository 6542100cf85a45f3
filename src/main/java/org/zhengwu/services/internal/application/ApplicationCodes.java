package org.zhengwu.services.internal.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.crypto.QueryCodes;

/**
 * Application numbers (申报编号) such as {@code SQ20261207000042}: {@code SQ}, the day, and a serial of at least six
 * digits that never repeats; readable over the phone. Guessing one gets nothing without its query code.
 */
final class ApplicationCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern NUMBER = Pattern.compile("SQ\\d{8}\\d{6,12}");

    private ApplicationCodes() {
    }

    static QueryCodes of(FieldCipher cipher) {
        return new QueryCodes(cipher, "zhengwu application query code");
    }

    static String number(LocalDate day, long serial) {
        String digits = Long.toString(serial);
        return "SQ" + day.format(DAY) + "000000".substring(Math.min(6, digits.length())) + digits;
    }

    /** A typed number in its stored form, if it can be one. */
    static Optional<String> typed(String typed) {
        String t = QueryCodes.canonical(typed);
        return NUMBER.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }
}
