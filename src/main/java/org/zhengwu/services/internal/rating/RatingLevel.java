package org.zhengwu.services.internal.rating;

import java.util.Arrays;
import java.util.Optional;

/** The national five levels of 好差评, best first; label key {@code service.rating.level.NAME}. */
public enum RatingLevel {
    /** 非常满意 */
    VERY_SATISFIED,
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED,
    /** 非常不满意 */
    VERY_DISSATISFIED;

    /** 差评: needs a reason and opens a rectification. */
    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    /** The level a form sent, or empty for anything else (a forged value). */
    public static Optional<RatingLevel> typed(String value) {
        return Arrays.stream(values()).filter(l -> l.name().equals(value)).findFirst();
    }
}
