package org.zhengwu.supervision.internal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengwu.supervision.ReportField;

/**
 * Reads what a unit typed into a report form, field by field, by the field's type and rules: required, numbers as
 * whole numbers, amounts with at most two decimals, min and max, dates as 年-月-日, choices from the list, text of at
 * most 2,000 characters. Every problem is reported at once; anything typed for a field the form does not have is
 * refused too.
 */
final class ReportValues {

    static final int MAX_TEXT = 2000;

    private ReportValues() {
    }

    /** The values to store, by field key; or {@link InvalidReport} naming every field that is wrong. */
    static Map<String, StoredValue> read(ReportForm form, Map<String, String> typed) {
        List<InvalidReport.Problem> problems = new ArrayList<>();
        for (String key : typed.keySet()) {
            if (form.field(key).isEmpty()) {
                problems.add(new InvalidReport.Problem(null, "reporting.value.unknown", new Object[] {key}));
            }
        }
        Map<String, StoredValue> values = new LinkedHashMap<>();
        for (ReportField f : form.spec().fields()) {
            String raw = typed.getOrDefault(f.key(), "");
            String v = raw == null ? "" : raw.strip();
            if (v.isEmpty()) {
                if (f.required()) {
                    problems.add(problem(f, "reporting.value.required"));
                }
                continue;
            }
            try {
                values.put(f.key(), value(f, v));
            } catch (InvalidReport e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        return values;
    }

    private static StoredValue value(ReportField f, String v) {
        return switch (f.type()) {
            case TEXT -> {
                if (v.length() > MAX_TEXT) {
                    throw refuse(f, "reporting.value.too-long", MAX_TEXT);
                }
                yield new StoredValue(v, null, null);
            }
            case CHOICE -> {
                if (!f.choices().contains(v)) {
                    throw refuse(f, "reporting.value.choice");
                }
                yield new StoredValue(v, null, null);
            }
            case DATE -> {
                try {
                    yield new StoredValue(null, null, LocalDate.parse(v));
                } catch (DateTimeParseException e) {
                    throw refuse(f, "reporting.value.date");
                }
            }
            case NUMBER, AMOUNT -> new StoredValue(null, figure(f, v), null);
        };
    }

    private static BigDecimal figure(ReportField f, String v) {
        String plain = v.replace(",", "").replace("，", "");
        boolean amount = f.type() == org.zhengwu.supervision.ReportFieldType.AMOUNT;
        if (!plain.matches(amount ? "-?\\d{1,14}(\\.\\d{1,2})?" : "-?\\d{1,14}")) {
            throw refuse(f, amount ? "reporting.value.amount" : "reporting.value.number");
        }
        BigDecimal n = new BigDecimal(plain);
        if (f.min() != null && n.compareTo(f.min()) < 0) {
            throw refuse(f, "reporting.value.min", f.min().stripTrailingZeros().toPlainString());
        }
        if (f.max() != null && n.compareTo(f.max()) > 0) {
            throw refuse(f, "reporting.value.max", f.max().stripTrailingZeros().toPlainString());
        }
        return n;
    }

    private static InvalidReport.Problem problem(ReportField f, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = f.label();
        System.arraycopy(more, 0, args, 1, more.length);
        return new InvalidReport.Problem(f.key(), key, args);
    }

    private static InvalidReport refuse(ReportField f, String key, Object... more) {
        return new InvalidReport(List.of(problem(f, key, more)));
    }
}
