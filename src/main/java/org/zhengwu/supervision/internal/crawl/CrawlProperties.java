package org.zhengwu.supervision.internal.crawl;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code zhengwu.supervision.crawl.*}: the crawl of the published tree.
 *
 * @param schedule         when the whole group is crawled (cron, China time); "-" for never
 * @param threads          threads reading pages (0: one per processor)
 * @param externalLinks    whether links to other sites are requested at all (off: they are counted, not judged)
 * @param probePrivateAddresses whether links to loopback or private network addresses are requested; off, they are
 *                         reported as unreachable for the public without a request (no probing of the intranet)
 * @param probeThreads     hosts asked at the same time
 * @param hostInterval     the pause between two requests to the same host (the per-host rate limit)
 * @param probeTimeout     how long one request may take (connect, then the answer's head)
 * @param cacheWorking     how long a working address is not asked again
 * @param cacheFailed      how long a failed address is not asked again
 * @param maxExternal      at most this many different external addresses are asked per crawl
 * @param notProbedHosts   hosts (and their subdomains) whose links are counted but never asked: sites known to
 *                         refuse crawlers, or every outside host on an installation without internet access
 */
@ConfigurationProperties("zhengwu.supervision.crawl")
public record CrawlProperties(
        @DefaultValue("0 30 2 * * *") String schedule,
        @DefaultValue("0") int threads,
        @DefaultValue("true") boolean externalLinks,
        @DefaultValue("false") boolean probePrivateAddresses,
        @DefaultValue("4") int probeThreads,
        @DefaultValue("1s") Duration hostInterval,
        @DefaultValue("10s") Duration probeTimeout,
        @DefaultValue("24h") Duration cacheWorking,
        @DefaultValue("1h") Duration cacheFailed,
        @DefaultValue("5000") int maxExternal,
        @DefaultValue("") java.util.List<String> notProbedHosts) {

    public CrawlProperties {
        notProbedHosts = notProbedHosts == null ? java.util.List.of() : notProbedHosts.stream()
                .map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        if (threads < 0 || probeThreads < 1 || maxExternal < 0) {
            throw new IllegalArgumentException("zhengwu.supervision.crawl: threads ≥ 0, probe-threads ≥ 1, max-external ≥ 0");
        }
    }

    /** Whether links to this host are left unasked. */
    boolean notProbed(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return notProbedHosts.stream().anyMatch(n -> h.equals(n) || h.endsWith("." + n));
    }

    /** The threads that read pages. */
    int readers() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
