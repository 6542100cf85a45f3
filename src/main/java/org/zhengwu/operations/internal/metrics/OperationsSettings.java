package org.zhengwu.operations.internal.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhengwu.operations.*}: how long a gauge's reading is reused ({@code metrics-cache}, so a scrape every second
 * costs one count a few seconds), the free space the data directory needs to be healthy ({@code min-free-space}), and
 * how old the oldest unfinished publish request may be before the publishing queue is reported down
 * ({@code publishing-queue-stale}).
 */
@ConfigurationProperties("zhengwu.operations")
public record OperationsSettings(@DefaultValue("5s") Duration metricsCache,
                                 @DefaultValue("512MB") DataSize minFreeSpace,
                                 @DefaultValue("10m") Duration publishingQueueStale) {
}
