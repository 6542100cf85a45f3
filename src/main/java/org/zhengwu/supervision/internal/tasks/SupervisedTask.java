package org.zhengwu.supervision.internal.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhengwu.supervision.ReportCycle;

/**
 * A supervised task (督办事项) as stored beside its case.
 *
 * @param cooperating   the cooperating units (配合单位), in order
 * @param cycle         how often the lead unit reports progress
 * @param publicKeyTask a key task of the work report whose progress is disclosed
 * @param status        the latest progress report's status, null before the first
 */
public record SupervisedTask(long id, String number, TaskSource source, String sourceTitle, String content,
                             long leadUnitId, List<Long> cooperating, String leader, LocalDate deadline,
                             ReportCycle cycle, boolean publicKeyTask, long caseId, TaskState state, TaskStatus status,
                             String statusReason, boolean escalated, LocalDate doneOn, OffsetDateTime createdAt,
                             List<Milestone> milestones) {

    /** A milestone (节点): what is due by when, and when the lead unit reported it done. */
    public record Milestone(int position, LocalDate dueOn, String title, LocalDate doneOn) {
    }

    /** One progress report (进展情况) for one period of the task's cycle. */
    public record Progress(long id, LocalDate periodStart, OffsetDateTime reportedAt, String reportedBy,
                           TaskStatus status, String progress, String reason, boolean late) {
    }

    public boolean open() {
        return state == TaskState.IN_PROGRESS;
    }

    /** The first period of the progress cycle: the one the task was created in. */
    public LocalDate firstPeriod() {
        return cycle.periodStart(createdAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());
    }
}
