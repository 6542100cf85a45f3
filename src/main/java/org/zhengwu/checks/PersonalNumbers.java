package org.zhengwu.checks;

import java.util.List;
import org.zhengwu.checks.internal.PersonalData;

/**
 * The personal-number recognisers of the checks, for other modules that must find the same numbers (the interaction
 * hall masks them before a letter is published): mainland ID-card numbers with a valid province, birth date and check
 * character, mobile numbers, and bank card numbers passing the Luhn check. The same rules as the content checks.
 */
public final class PersonalNumbers {

    public enum Kind {
        ID_NUMBER,
        MOBILE_NUMBER,
        BANK_CARD
    }

    /** A number found at {@code [start, end)} of the text. */
    public record Found(Kind kind, int start, int end) {
    }

    private PersonalNumbers() {
    }

    /** Every number found, in text order. */
    public static List<Found> find(String text) {
        return PersonalData.find(text).stream()
                .map(h -> new Found(Kind.valueOf(h.kind().name()), h.start(), h.end()))
                .toList();
    }
}
