package org.zhengwu.checks.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in plain text: mainland resident ID-card numbers (GB 11643: 18 characters with a valid
 * province, birth date and check character; the old 15-digit form with a valid province and birth date), mobile
 * numbers (1[3-9] and 9 more digits, also written 138-1234-5678 or 138 1234 5678, not part of a longer number), and
 * bank card numbers (16 to 19 digits, also in groups of four, passing the Luhn check, not an ID-card number).
 */
public final class PersonalData {

    public enum Kind {
        ID_NUMBER,
        MOBILE_NUMBER,
        BANK_CARD
    }

    public record Hit(Kind kind, int start, int end) {
    }

    /** The first two digits of the province-level divisions (GB/T 2260), Hong Kong, Macao and Taiwan included. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9+])(?:\\+?86[- ]?)?1[3-9]\\d([- ]?)\\d{4}\\1\\d{4}(?![0-9])");
    private static final Pattern CARD = Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\d{16,19}|\\d{4}([ -])\\d{4}(?:\\1\\d{4}){2}(?:\\1?\\d{1,3})?)(?![0-9A-Za-z])");

    private PersonalData() {
    }

    /** Every finding in text order. */
    public static List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            if (validIdNumber(m.group())) {
                hits.add(new Hit(Kind.ID_NUMBER, m.start(), m.end()));
            }
        }
        m = MOBILE.matcher(text);
        while (m.find()) {
            hits.add(new Hit(Kind.MOBILE_NUMBER, m.start(), m.end()));
        }
        m = CARD.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits) && !validIdNumber(digits)
                    && !sameDigit(digits)) {
                hits.add(new Hit(Kind.BANK_CARD, m.start(), m.end()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** An 18-character number with a known province, a real birth date not in the future and its check character; or the 15-digit form. */
    public static boolean validIdNumber(String s) {
        if (s.length() == 18) {
            if (!PROVINCES.contains(s.substring(0, 2)) || !realDate(s.substring(6, 14))) {
                return false;
            }
            int sum = 0;
            for (int k = 0; k < 17; k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    return false;
                }
                sum += (c - '0') * ID_WEIGHTS[k];
            }
            return Character.toUpperCase(s.charAt(17)) == ID_CHECK.charAt(sum % 11);
        }
        if (s.length() == 15) {
            return s.chars().allMatch(c -> c >= '0' && c <= '9') && PROVINCES.contains(s.substring(0, 2))
                    && realDate("19" + s.substring(6, 12));
        }
        return false;
    }

    /** The Luhn (mod 10) check of card numbers. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }

    private static boolean realDate(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now());
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameDigit(String digits) {
        return digits.chars().allMatch(c -> c == digits.charAt(0));
    }
}
