package org.zhengwu.supervision.internal.tasks;

/** Where a supervised task comes from; label key {@code tasks.source.NAME}. */
public enum TaskSource {
    /** 政府工作报告 */
    WORK_REPORT,
    /** 会议纪要 */
    MEETING_MINUTES,
    /** 领导批示 */
    LEADER_INSTRUCTION
}
