package org.zhengwu.cases.internal.web;

import org.zhengwu.platform.web.FormError;

/**
 * A form of the case page as it was sent, to show again with what was wrong: which form ({@code transfer},
 * {@code return}, {@code extension}, {@code decision}), its error and the values typed.
 */
public record StepForm(String name, FormError error, String unit, String reason, String days, String state,
                       String decision) {

    static StepForm none() {
        return new StepForm("", null, "", "", "", "", "");
    }

    /** Whether this form was sent and refused. */
    public boolean refused(String form) {
        return error != null && name.equals(form);
    }

    /** Whether the refusal is about this field (message key prefix, see {@link FormError#at}). */
    public boolean at(String form, String field) {
        return refused(form) && error.at(field);
    }

    /** The value typed into this form, or empty for the other forms (they start empty). */
    public String value(String form, String v) {
        return name.equals(form) && v != null ? v : "";
    }
}
