package org.zhengwu.supervision.internal.tasks;

/** Published after a change to a task whose progress is public (import, progress, completion): the page follows. */
public record KeyTasksChanged(long taskId) {
}
