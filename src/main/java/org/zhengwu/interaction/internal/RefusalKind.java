package org.zhengwu.interaction.internal;

/** Why the dispatcher refused a letter (不予受理); labels are {@code interaction.refusal.NAME}. */
public enum RefusalKind {
    SPAM, ABUSE, DUPLICATE, OUT_OF_SCOPE
}
