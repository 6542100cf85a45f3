package org.zhengwu.content;

import java.time.OffsetDateTime;

/**
 * How much a column holds online and how fresh it is (for the supervision center's column indicators).
 *
 * @param published how many of its items are published
 * @param newest the newest publication date shown among them (null when none)
 */
public record ColumnActivity(long columnId, int published, OffsetDateTime newest) {
}
