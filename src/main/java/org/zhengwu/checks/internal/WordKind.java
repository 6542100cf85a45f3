package org.zhengwu.checks.internal;

import java.util.Locale;
import java.util.Optional;

/** The three admin-managed lists. */
public enum WordKind {
    /** 敏感词: a warning by default ({@code zhengwu.checks.sensitive-severity}). */
    SENSITIVE,
    /** 禁用词: always blocking. */
    BANNED,
    /** 错别字/错误表述: a wrong form with its right one; a warning. */
    TYPO;

    public static Optional<WordKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
