package org.zhengwu.checks.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Asks other sites whether a link still works: {@code HEAD}, and {@code GET} when the server refuses {@code HEAD}
 * (many do), with a short timeout, several addresses at once, answers kept for a while so re-checking an item does
 * not ask again. Without {@code check-private-addresses}, an address that resolves to a loopback, private or
 * link-local network is never requested (the check must not become a way to probe the intranet).
 */
@Component
public class LinkProbe {

    public enum Status {
        OK,
        /** The server answered with an error status (in {@link Outcome#httpStatus()}). */
        HTTP_ERROR,
        TIMEOUT,
        UNREACHABLE,
        UNKNOWN_HOST,
        /** Resolves to a loopback or private address: the public cannot reach it; not requested. */
        PRIVATE
    }

    public record Outcome(Status status, int httpStatus) {

        public boolean ok() {
            return status == Status.OK;
        }
    }

    private record Cached(Outcome outcome, long expiresAt) {
    }

    private static final int MAX_CACHED = 10_000;
    private static final String USER_AGENT = "Zhengwu-LinkCheck/1.0";

    private final Duration timeout;
    private final long cacheNanos;
    private final boolean allowPrivate;
    private final HttpClient client;
    private final ExecutorService pool;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public LinkProbe(ChecksProperties properties) {
        this.timeout = properties.linkTimeout();
        this.cacheNanos = properties.linkCache().toNanos();
        this.allowPrivate = properties.checkPrivateAddresses();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "zhengwu-link-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // the client keeps its own executor: the pool's threads block in send() and must not starve it
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /**
     * The outcome for each address, asked at the same time; waits at most about twice the timeout. An address whose
     * answer has not come by then is left out (and its answer is cached when it comes).
     */
    public Map<URI, Outcome> probe(Collection<URI> uris) {
        Map<URI, Outcome> known = new LinkedHashMap<>();
        Map<URI, CompletableFuture<Outcome>> asked = new LinkedHashMap<>();
        long now = System.nanoTime();
        for (URI uri : uris) {
            Cached c = cache.get(uri.toString());
            if (c != null && c.expiresAt() - now > 0) {
                known.put(uri, c.outcome());
            } else if (!asked.containsKey(uri)) {
                asked.put(uri, CompletableFuture.supplyAsync(() -> remember(uri, fetch(uri)), pool));
            }
        }
        long deadline = System.nanoTime() + timeout.multipliedBy(2).plusMillis(500).toNanos();
        for (Map.Entry<URI, CompletableFuture<Outcome>> e : asked.entrySet()) {
            try {
                long left = deadline - System.nanoTime();
                known.put(e.getKey(), e.getValue().get(Math.max(0, left), TimeUnit.NANOSECONDS));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception ex) {
                // not answered in time: unknown, not broken
            }
        }
        return known;
    }

    private Outcome remember(URI uri, Outcome outcome) {
        if (cache.size() >= MAX_CACHED) {
            long now = System.nanoTime();
            cache.values().removeIf(c -> c.expiresAt() - now <= 0);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
        }
        cache.put(uri.toString(), new Cached(outcome, System.nanoTime() + cacheNanos));
        return outcome;
    }

    private Outcome fetch(URI uri) {
        if (uri.getHost() == null) {
            return new Outcome(Status.UNKNOWN_HOST, 0);
        }
        try {
            if (!allowPrivate && isPrivate(InetAddress.getAllByName(uri.getHost()))) {
                return new Outcome(Status.PRIVATE, 0);
            }
        } catch (UnknownHostException e) {
            return new Outcome(Status.UNKNOWN_HOST, 0);
        }
        int headStatus;
        try {
            headStatus = client.send(request(uri, "HEAD"), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (headStatus < 400) {
                return new Outcome(Status.OK, headStatus);
            }
        } catch (HttpTimeoutException e) {
            return new Outcome(Status.TIMEOUT, 0);
        } catch (IOException e) {
            // some servers drop HEAD requests; GET decides
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Status.TIMEOUT, 0);
        }
        try {
            HttpResponse<InputStream> get = client.send(request(uri, "GET"), HttpResponse.BodyHandlers.ofInputStream());
            get.body().close(); // the status is enough: do not download the page or file
            int status = get.statusCode();
            return status < 400 ? new Outcome(Status.OK, status) : new Outcome(Status.HTTP_ERROR, status);
        } catch (HttpTimeoutException e) {
            return new Outcome(Status.TIMEOUT, 0);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(Status.UNREACHABLE, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Status.TIMEOUT, 0);
        }
    }

    private HttpRequest request(URI uri, String method) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    /** Loopback, private (RFC 1918, fc00::/7), link-local, carrier-grade NAT or unspecified addresses. */
    static boolean isPrivate(InetAddress... addresses) {
        for (InetAddress a : addresses) {
            byte[] b = a.getAddress();
            boolean cgnat = b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
            boolean uniqueLocal = a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC;
            if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress() || cgnat || uniqueLocal) {
                return true;
            }
        }
        return false;
    }
}
