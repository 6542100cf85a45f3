package org.zhengwu.supervision.internal.tasks;

import java.time.OffsetDateTime;

/** A 催办: who urged which unit when, with what note, and when the unit first opened the task after it. */
public record Urge(long id, long taskId, long unitId, OffsetDateTime urgedAt, String urgedBy, String note,
                   OffsetDateTime seenAt) {
}
