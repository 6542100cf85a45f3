package org.zhengwu.services.internal.application;

/** What is wrong with one field ({@code field} null: with the whole form), as a message key and its arguments. */
public record Problem(String field, String key, Object... args) {
}
