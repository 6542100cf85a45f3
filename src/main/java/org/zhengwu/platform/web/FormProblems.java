package org.zhengwu.platform.web;

import java.util.List;

/**
 * What was wrong with a submitted public form, already in the page's words: a summary at the top links to each
 * field, and each field shows its own messages (linked by {@code aria-describedby}). {@code field} null is a
 * problem of the whole form (the anti-abuse check, the throttle).
 */
public record FormProblems(List<Item> items) {

    public record Item(String field, String message) {
    }

    public static FormProblems none() {
        return new FormProblems(List.of());
    }

    public static FormProblems of(String field, String message) {
        return new FormProblems(List.of(new Item(field, message)));
    }

    public boolean any() {
        return !items.isEmpty();
    }

    public boolean at(String field) {
        return items.stream().anyMatch(i -> field.equals(i.field()));
    }

    /** The field's messages, one after the other. */
    public String message(String field) {
        return String.join("；", items.stream().filter(i -> field.equals(i.field())).map(Item::message).toList());
    }

    /** The field's {@code aria-describedby}: its hint, and its error when it has one. */
    public String describedBy(String field, boolean hint) {
        String ids = (hint ? field + "-hint" : "") + (at(field) ? " " + field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
