package org.zhengwu.supervision.internal.annualreport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhengwu.platform.RuleViolation;

/**
 * What staff typed into the report's form, checked field by field: counts are whole numbers from 0 (at most
 * 1,000,000,000,000), yes/no is YES or NO, texts at most {@link ReportField#MAX_TEXT} characters without control
 * characters, the innovation boxes from the template's list, the date a real day. Every problem is reported at once
 * ({@link ReportProblems}); nothing is kept of a refused form. Fields the platform fills are ignored when typed.
 */
final class ReportValues {

    static final long MAX_COUNT = 1_000_000_000_000L;

    private ReportValues() {
    }

    /** The entered fields from a form's parameters (the innovation boxes as several values). */
    static Map<ReportField, String> parse(Map<String, List<String>> form) {
        Map<ReportField, String> out = new EnumMap<>(ReportField.class);
        List<RuleViolation> problems = new ArrayList<>();
        for (ReportField f : ReportField.values()) {
            if (f.filled()) {
                continue;
            }
            List<String> typed = form.getOrDefault(f.key(), List.of());
            try {
                String v = value(f, typed);
                if (!v.isEmpty()) {
                    out.put(f, v);
                }
            } catch (RuleViolation e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportProblems(problems);
        }
        return out;
    }

    private static String value(ReportField f, List<String> typed) {
        String v = typed.isEmpty() || typed.get(0) == null ? "" : typed.get(0).strip();
        String label = "annual.field." + f.key();
        switch (f.kind()) {
            case COUNT -> {
                if (v.isEmpty()) {
                    return "";
                }
                if (!v.matches("\\d{1,13}") || Long.parseLong(v) > MAX_COUNT) {
                    throw new RuleViolation("annual.invalid.count", new Label(label), v);
                }
                return Long.toString(Long.parseLong(v));
            }
            case YES_NO -> {
                if (!v.isEmpty() && !v.equals("YES") && !v.equals("NO")) {
                    throw new RuleViolation("annual.invalid.yes-no", new Label(label));
                }
                return v;
            }
            case CHOICES -> {
                Set<String> chosen = new LinkedHashSet<>();
                for (String c : typed) {
                    if (c == null || c.isBlank()) {
                        continue;
                    }
                    if (!ReportField.INNOVATIONS.contains(c.strip())) {
                        throw new RuleViolation("annual.invalid.choice", new Label(label), c.strip());
                    }
                    chosen.add(c.strip());
                }
                return String.join(",", ReportField.INNOVATIONS.stream().filter(chosen::contains).toList());
            }
            case DATE -> {
                if (v.isEmpty()) {
                    return "";
                }
                try {
                    return LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw new RuleViolation("annual.invalid.date", new Label(label), v);
                }
            }
            default -> {
                if (v.length() > ReportField.MAX_TEXT) {
                    throw new RuleViolation("annual.invalid.too-long", new Label(label), ReportField.MAX_TEXT);
                }
                if (v.codePoints().anyMatch(Character::isISOControl)) {
                    throw new RuleViolation("annual.invalid.control", new Label(label));
                }
                return v;
            }
        }
    }

    /** A field's label key as a message argument, resolved by whoever shows the message. */
    record Label(String key) {
    }
}
