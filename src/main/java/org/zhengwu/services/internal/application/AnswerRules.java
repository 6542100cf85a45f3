package org.zhengwu.services.internal.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhengwu.platform.storage.UploadFolder;

/**
 * The applicant's typed answers checked field by field against the form, each problem with its own message for its
 * field: required fields present, numbers, dates, choices among the options, ID numbers with their check character,
 * mobiles, addresses; and no value for a field the form does not have (a forged or stale form).
 */
final class AnswerRules {

    static final int MAX_TEXT = 200;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,4})?");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final int MIN_ADDRESS = 5;

    private AnswerRules() {
    }

    /**
     * The answers in their stored form (typed fields only; files are checked when stored), in the form's order;
     * problems are added to {@code problems}.
     */
    static Map<String, String> check(List<FormField> fields, Map<String, String> typed, Map<String, Upload> files,
                                     List<Problem> problems) {
        for (String key : typed.keySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(key) && !f.attachment())) {
                problems.add(new Problem(null, "service.apply.unknown-field", shortKey(key)));
            }
        }
        for (String key : files.keySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(key) && f.attachment())) {
                problems.add(new Problem(null, "service.apply.unknown-field", shortKey(key)));
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField f : fields) {
            if (f.attachment()) {
                Upload u = files.get(f.key());
                if (f.required() && (u == null || UploadFolder.blank(u.fileName(), u.size()))) {
                    problems.add(new Problem(f.key(), "service.apply.required.file", f.label()));
                }
                continue;
            }
            String value = normalize(f.type(), typed.get(f.key()));
            if (value.isEmpty()) {
                if (f.required()) {
                    problems.add(new Problem(f.key(), f.type() == FieldType.CHOICE ? "service.apply.required.choice"
                            : "service.apply.required", f.label()));
                }
                continue;
            }
            String key = problemOf(f, value);
            if (key != null) {
                problems.add(new Problem(f.key(), key, f.label(), MAX_TEXT));
            } else {
                answers.put(f.key(), value);
            }
        }
        return answers;
    }

    private static String normalize(FieldType type, String raw) {
        String v = raw == null ? "" : raw.strip();
        return switch (type) {
            case ID_CARD -> v.replace(" ", "").toUpperCase(Locale.ROOT);
            case MOBILE -> v.replaceAll("[\\s\\-]", "").replaceFirst("^\\+86", "");
            default -> v;
        };
    }

    /** The message key of what is wrong with a non-empty value, or null. */
    private static String problemOf(FormField f, String v) {
        if (v.length() > MAX_TEXT || v.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            return "service.apply.too-long";
        }
        return switch (f.type()) {
            case TEXT -> null;
            case NUMBER -> NUMBER.matcher(v).matches() ? null : "service.apply.number";
            case DATE -> date(v) ? null : "service.apply.date";
            case CHOICE -> f.options().contains(v) ? null : "service.apply.choice";
            case ID_CARD -> IdCards.valid(v) ? null : "service.apply.id-card";
            case MOBILE -> MOBILE.matcher(v).matches() ? null : "service.apply.mobile";
            case ADDRESS -> v.length() >= MIN_ADDRESS ? null : "service.apply.address";
            case ATTACHMENT -> "service.apply.unknown-field";
        };
    }

    private static boolean date(String v) {
        try {
            LocalDate d = LocalDate.parse(v);
            return d.getYear() >= 1900 && d.getYear() <= 2100;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String shortKey(String key) {
        String k = key.replaceAll("[^A-Za-z0-9_\\-]", "?");
        return k.length() > 30 ? k.substring(0, 30) + "…" : k;
    }
}
