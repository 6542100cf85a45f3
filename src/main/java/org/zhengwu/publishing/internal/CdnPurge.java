package org.zhengwu.publishing.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a CDN which published paths changed: a {@code POST} of {@code {"paths":["/www/","/www/index.html",…]}} to
 * the configured address, in the background after the bucket has them. A refused or failed call is tried again after
 * 1, 2, 4 and 8 seconds, then given up with a warning: the publish itself never fails for it (the CDN still
 * refreshes the pages when their short cache time runs out).
 */
final class CdnPurge implements AutoCloseable {

    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(CdnPurge.class);

    private final URI target;
    private final long firstDelayMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cdn-purge");
        t.setDaemon(true);
        return t;
    });

    CdnPurge(URI target, long firstDelayMillis) {
        this.target = target;
        this.firstDelayMillis = firstDelayMillis;
    }

    /** Sends the paths (a page "…/index.html" also as its folder address "…/") in the background. */
    void purge(Collection<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        String body = paths.stream()
                .flatMap(p -> p.endsWith("/index.html")
                        ? java.util.stream.Stream.of(p.substring(0, p.length() - "index.html".length()), p)
                        : java.util.stream.Stream.of(p))
                .map(p -> "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{\"paths\":[", "]}"));
        worker.execute(() -> attempt(body, 1));
    }

    private void attempt(String body, int attempt) {
        String problem;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return;
            }
            problem = "HTTP " + response.statusCode();
        } catch (java.io.IOException e) {
            problem = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt >= ATTEMPTS) {
            log.warn("CDN purge at {} given up after {} attempts ({}); the pages refresh when their cache time ends",
                    target, attempt, problem);
            return;
        }
        long delay = firstDelayMillis << (attempt - 1);
        log.info("CDN purge at {} failed ({}), again in {} ms", target, problem, delay);
        worker.schedule(() -> attempt(body, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
