package org.zhengwu.supervision.internal.crawl;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code zhengwu.supervision.probe.*}: the reachability probe of every site's home.
 *
 * @param enabled  whether the scheduled probe runs
 * @param interval how often each site's home is asked
 * @param timeout  a home that has not answered within it counts as unreachable (the indicator's 15 s)
 * @param baseUrl  the address the homes are asked at; empty: the platform's {@code zhengwu.base-url}
 * @param threads  sites probed at the same time (one probe at a time per site)
 */
@ConfigurationProperties("zhengwu.supervision.probe")
public record ProbeProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5m") Duration interval,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("") String baseUrl,
        @DefaultValue("2") int threads) {

    public ProbeProperties {
        if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero() || threads < 1) {
            throw new IllegalArgumentException("zhengwu.supervision.probe: interval and timeout must be positive, threads ≥ 1");
        }
    }
}
