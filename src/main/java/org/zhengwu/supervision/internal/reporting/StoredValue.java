package org.zhengwu.supervision.internal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A field's value as stored: text for text and choices, a number for numbers and amounts, a date for dates. */
public record StoredValue(String text, BigDecimal number, LocalDate date) {

    /** The value as the form shows it again. */
    public String shown() {
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (date != null) {
            return date.toString();
        }
        return text == null ? "" : text;
    }
}
