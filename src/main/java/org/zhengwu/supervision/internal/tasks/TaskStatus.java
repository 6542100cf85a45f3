package org.zhengwu.supervision.internal.tasks;

/** How the lead unit says the task stands in a progress report; label key {@code tasks.status.NAME}. */
public enum TaskStatus {
    /** 正常推进 */
    ON_TRACK,
    /** 滞后: a reason is required */
    LAGGING,
    /** 已办结: the supervisor confirms it (or sends it back) */
    DONE;

    public boolean needsReason() {
        return this == LAGGING;
    }
}
