package org.zhengwu.supervision.internal.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Asks each site's home over HTTP, as a visitor would, every {@code interval}, and records the outcome and the
 * response time. A bounded pool of {@code threads} does it, one probe at a time per site (a site still being asked
 * is skipped), so a hanging site neither piles up probes nor takes threads from public serving.
 */
@Component
class HomeProbe implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HomeProbe.class);
    /** Probes are kept this long: the indicator reads a week, the console shows a month. */
    static final Duration KEPT = Duration.ofDays(35);

    private final ProbeProperties properties;
    private final ZhengwuProperties platform;
    private final SiteDirectory sites;
    private final ProbeStore store;
    private final Clock clock;
    private final HttpClient client;
    private final ExecutorService pool;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    HomeProbe(ProbeProperties properties, ZhengwuProperties platform, SiteDirectory sites, ProbeStore store, Clock clock) {
        this.properties = properties;
        this.platform = platform;
        this.sites = sites;
        this.store = store;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.pool = Executors.newFixedThreadPool(properties.threads(), r -> {
            Thread t = new Thread(r, "zhengwu-home-probe");
            t.setDaemon(true);
            return t;
        });
    }

    /** Every 30 seconds: the sites whose last probe is an interval old are asked again. */
    @Scheduled(fixedDelay = 30_000, initialDelay = 60_000)
    void due() {
        if (!properties.enabled()) {
            return;
        }
        Instant now = clock.instant();
        for (Site site : sites.sites()) {
            boolean due = store.lastProbe(site.code())
                    .map(last -> !last.toInstant().plus(properties.interval()).isAfter(now)).orElse(true);
            if (due && inFlight.add(site.code())) {
                try {
                    pool.execute(() -> {
                        try {
                            probe(site, homeUrl(site), properties.timeout());
                        } catch (RuntimeException e) {
                            log.warn("站点 {} 首页探测失败", site.code(), e);
                        } finally {
                            inFlight.remove(site.code());
                        }
                    });
                } catch (RejectedExecutionException e) {
                    inFlight.remove(site.code());
                }
            }
        }
        store.forgetBefore(now.minus(KEPT));
    }

    /** The site's home address as the public reaches it. */
    String homeUrl(Site site) {
        String base = properties.baseUrl().isBlank() ? platform.baseUrl() : properties.baseUrl();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (site.portal()) {
            return base + "/";
        }
        if (site.host() != null && !site.host().isBlank()) {
            return URI.create(base).getScheme() + "://" + site.host() + "/";
        }
        return base + PublicPaths.site(site.code());
    }

    /** Asks one address now and records the outcome (the time from the application clock). */
    ProbeStore.Probe probe(Site site, String url, Duration timeout) {
        OffsetDateTime at = OffsetDateTime.now(clock);
        long start = System.nanoTime();
        ProbeStore.Outcome outcome;
        Integer status = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("User-Agent", "Zhengwu-Probe/1.0").GET().build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            outcome = status < 400 ? ProbeStore.Outcome.ANSWERED : ProbeStore.Outcome.HTTP_ERROR;
        } catch (HttpTimeoutException e) {
            outcome = ProbeStore.Outcome.TIMEOUT;
        } catch (IOException | IllegalArgumentException e) {
            outcome = ProbeStore.Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = ProbeStore.Outcome.FAILED;
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
        if (outcome == ProbeStore.Outcome.ANSWERED && millis > timeout.toMillis()) {
            outcome = ProbeStore.Outcome.TIMEOUT; // the body came in, but later than the indicator allows
        }
        ProbeStore.Probe p = new ProbeStore.Probe(site.code(), at, outcome, status, millis, url);
        store.add(p);
        return p;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
