package org.zhengwu.operations.internal.health;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengwu.operations.internal.metrics.EventQueue;
import org.zhengwu.operations.internal.metrics.OperationsSettings;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.search.SearchIndex;
import org.zhengwu.search.SearchQuery;

/**
 * The health of what the application needs besides its database (Boot's own {@code db} indicator):
 * {@code searchIndex} (the index answers a query), {@code dataDirectory} (it takes a file and its disk has room) and
 * {@code publishingQueue} (no publish request has waited too long). On the management port each is in a group of its
 * own: {@code /actuator/health/database}, {@code …/search}, {@code …/storage}, {@code …/publishing} (see
 * application.properties; a group may not share an indicator's name). Bean names give the indicators their names.
 */
@Configuration(proxyBeanMethods = false)
class HealthIndicators {

    @Bean("searchIndexHealthIndicator")
    HealthIndicator search(SearchIndex index) {
        return () -> {
            long hits = index.search(new SearchQuery(List.of("政府"), List.of(), null, 0, 1)).total();
            return Health.up().withDetail("rebuilding", index.needsRebuild()).withDetail("sampleHits", hits).build();
        };
    }

    @Bean("dataDirectoryHealthIndicator")
    HealthIndicator storage(DataDirectory data, OperationsSettings settings) {
        return () -> {
            Path root = data.root();
            try {
                Path probe = Files.createTempFile(root, ".health", ".tmp");
                Files.delete(probe);
                FileStore store = Files.getFileStore(root);
                long free = store.getUsableSpace();
                long needed = settings.minFreeSpace().toBytes();
                return (free >= needed ? Health.up() : Health.down().withDetail("problem", "数据目录所在磁盘剩余空间不足"))
                        .withDetail("path", root.toString()).withDetail("free", free).withDetail("threshold", needed)
                        .withDetail("total", store.getTotalSpace()).build();
            } catch (IOException e) {
                return Health.down().withDetail("path", root.toString()).withDetail("problem", "数据目录不可写: " + e)
                        .build();
            }
        };
    }

    @Bean("publishingQueueHealthIndicator")
    HealthIndicator publishingQueue(EventQueue queue, OperationsSettings settings, Clock clock) {
        return () -> {
            EventQueue.Depth depth = queue.depth();
            Duration waited = depth.oldestPublishing() == null ? Duration.ZERO
                    : Duration.between(depth.oldestPublishing(), OffsetDateTime.now(clock));
            Health.Builder h = waited.compareTo(settings.publishingQueueStale()) > 0
                    ? Health.down().withDetail("problem", "最早的发布请求已等待 " + waited.toMinutes() + " 分钟")
                    : Health.up();
            return h.withDetail("waiting", depth.publishing()).withDetail("unfinishedEvents", depth.unfinished())
                    .withDetail("oldestWaitingSeconds", waited.toSeconds()).build();
        };
    }
}
