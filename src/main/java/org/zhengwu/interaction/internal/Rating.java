package org.zhengwu.interaction.internal;

/** The writer's rating of an answer; labels are {@code interaction.rating.NAME}. */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
