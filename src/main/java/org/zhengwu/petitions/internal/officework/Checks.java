package org.zhengwu.petitions.internal.officework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a typed form field by field, gathering every problem (keys {@code petition.screening.form.*}) so the user sees all of
 * them at once; {@link #done()} refuses the form when there was any.
 */
public final class Checks {

    private final Map<String, String> typed;
    private final List<Refused.Problem> problems = new ArrayList<>();

    public Checks(Map<String, String> typed) {
        this.typed = typed;
    }

    /** The field's text, stripped; a problem when it is required and empty, or longer than {@code max}. */
    public String text(String field, int max, boolean required) {
        String v = typed.getOrDefault(field, "");
        v = v == null ? "" : v.strip();
        if (required && v.isEmpty()) {
            problem(field, "petition.screening.form.required");
        } else if (v.length() > max) {
            problem(field, "petition.screening.form.too-long", max);
        }
        return v;
    }

    /** A day written yyyy-mm-dd, or null with a problem. */
    public LocalDate day(String field) {
        String v = text(field, 10, true);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(field, "petition.screening.form.day", v);
            return null;
        }
    }

    /** One of an enum's constants by name, or null with a problem. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String v = text(field, 30, true);
        if (v.isEmpty()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        problem(field, "petition.screening.form.choice");
        return null;
    }

    public void problem(String field, String key, Object... args) {
        problems.add(new Refused.Problem(field, key, args));
    }

    /** Refuses the form if anything was wrong. */
    public void done() {
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }
}
