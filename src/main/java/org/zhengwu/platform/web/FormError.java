package org.zhengwu.platform.web;

import org.zhengwu.platform.RuleViolation;

/**
 * A refused form submission to show next to the form: the message key and arguments of the rule that refused it.
 * {@link #at(String)} tells a template which field the message belongs to, by the key's prefix
 * ({@code column.code.duplicate} is at {@code column.code}), so the message can sit next to that field.
 */
public record FormError(String key, Object[] args) {

    public static FormError of(RuleViolation violation) {
        return new FormError(violation.key(), violation.args());
    }

    public static FormError of(String key, Object... args) {
        return new FormError(key, args);
    }

    /** Whether the message is about the field named by this key prefix. */
    public boolean at(String field) {
        return key.startsWith(field + ".");
    }

    /** The message in the user's language. */
    public String message(Ui ui) {
        return ui.t(key, args);
    }
}
