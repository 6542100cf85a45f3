package org.zhengwu.interaction;

/**
 * One thing wrong with a submitted letter: the field ({@code name}, {@code phone}, {@code email}, {@code subject},
 * {@code text}, {@code files}, {@code mailbox}) and the message key with its arguments.
 */
public record LetterProblem(String field, String key, Object[] args) {
}
