package org.zhengwu.platform.web;

import org.zhengwu.platform.RuleViolation;

/** Something a console page asked for does not exist; shown as a 404 page with the message of {@code key}. */
public class NotFound extends RuleViolation {

    public NotFound(String key, Object... args) {
        super(key, args);
    }
}
