package org.zhengwu.supervision.internal.tasks;

/**
 * A task's warning colour, always shown with its words (label key {@code tasks.mark.NAME}): RED (红色预警) past its
 * deadline or a milestone; YELLOW (黄色预警) its deadline within {@link TaskMarks#YELLOW_DEADLINE_DAYS} working days, a
 * milestone within {@link TaskMarks#YELLOW_MILESTONE_DAYS}, reported 滞后, or a progress report overdue; GREEN
 * (正常) otherwise; DONE (已办结) once completed.
 */
public enum TaskMark {
    RED, YELLOW, GREEN, DONE
}
