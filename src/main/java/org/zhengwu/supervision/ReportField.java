package org.zhengwu.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One field of a report form and its rules.
 *
 * @param key      a short code, unique in the form: lower-case letters, digits and hyphens
 * @param label    what the unit sees (本月签约项目数)
 * @param min      for numbers and amounts: the smallest value allowed, or null
 * @param max      for numbers and amounts: the largest value allowed, or null
 * @param choices  for {@link ReportFieldType#CHOICE}: the choices in order; empty otherwise
 */
public record ReportField(String key, String label, ReportFieldType type, boolean required, BigDecimal min,
                          BigDecimal max, List<String> choices) {

    public ReportField {
        choices = choices == null ? List.of() : List.copyOf(choices);
        // bounds are kept to two decimals, as stored, so a form declared in code equals itself read back
        min = min == null ? null : min.setScale(2, RoundingMode.HALF_UP);
        max = max == null ? null : max.setScale(2, RoundingMode.HALF_UP);
    }

    public static ReportField number(String key, String label, boolean required, Integer min, Integer max) {
        return new ReportField(key, label, ReportFieldType.NUMBER, required, min == null ? null : BigDecimal.valueOf(min),
                max == null ? null : BigDecimal.valueOf(max), List.of());
    }

    public static ReportField amount(String key, String label, boolean required) {
        return new ReportField(key, label, ReportFieldType.AMOUNT, required, BigDecimal.ZERO, null, List.of());
    }

    public static ReportField text(String key, String label, boolean required) {
        return new ReportField(key, label, ReportFieldType.TEXT, required, null, null, List.of());
    }

    public static ReportField date(String key, String label, boolean required) {
        return new ReportField(key, label, ReportFieldType.DATE, required, null, null, List.of());
    }

    public static ReportField choice(String key, String label, boolean required, List<String> choices) {
        return new ReportField(key, label, ReportFieldType.CHOICE, required, null, null, choices);
    }
}
