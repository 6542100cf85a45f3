package org.zhengwu.publishing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code zhengwu.publishing.*}.
 *
 * @param pageCacheSize how many bytes of published files the server keeps in memory for serving; 0 (the default)
 *        means an eighth of the heap, at most 256 MB
 * @param pageCacheRecheck how often a cached file is compared with the file on disk (a rebuild by another process)
 * @param rebuildThreads how many sites a rebuild renders at once; 0 means one per processor
 * @param precompress whether text files get {@code .br} and {@code .gz} copies beside them (true by default)
 */
@ConfigurationProperties("zhengwu.publishing")
public record PublishingProperties(@DefaultValue("0") DataSize pageCacheSize,
                                   @DefaultValue("2s") Duration pageCacheRecheck,
                                   @DefaultValue("0") int rebuildThreads,
                                   @DefaultValue("true") boolean precompress) {

    public long pageCacheBytes() {
        long configured = pageCacheSize.toBytes();
        return configured > 0 ? configured : Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);
    }

    public int threads() {
        return rebuildThreads > 0 ? rebuildThreads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
