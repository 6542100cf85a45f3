package org.zhengwu.supervision.internal.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import org.springframework.stereotype.Component;

/**
 * Asks other sites whether the addresses our pages link to still work, politely: each address once per crawl and
 * not again while its cached answer is fresh; one request at a time per host with a pause between two
 * ({@code host-interval}); a bounded number of hosts at once; a timeout on every request. {@code HEAD} first, and
 * {@code GET} (whose body is not read) when the {@code HEAD} was refused or failed, as many servers refuse
 * {@code HEAD}. A request that gets no answer is a failed probe ({@link BrokenReason#NETWORK}), never a working link.
 */
@Component
class ExternalProbe {

    private static final String AGENT = "Zhengwu-LinkCheck/1.0 (government site link check)";

    private final CrawlProperties properties;
    private final CrawlStore store;
    private final HttpClient client;

    ExternalProbe(CrawlProperties properties, CrawlStore store) {
        this.properties = properties;
        this.store = store;
        this.client = HttpClient.newBuilder().connectTimeout(properties.probeTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The answer for every address (but those of hosts not to be asked): cached ones reused, the rest asked (and cached). */
    Map<String, ProbeAnswer> probeAll(Collection<String> urls, Instant now) throws InterruptedException {
        Map<String, ProbeAnswer> answers = new ConcurrentHashMap<>(store.cachedAnswers(urls, now));
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            if (!answers.containsKey(url) && !properties.notProbed(hostOf(url))) {
                byHost.computeIfAbsent(hostOf(url), h -> new ArrayList<>()).add(url);
            }
        }
        if (byHost.isEmpty()) {
            return answers;
        }
        Map<String, ProbeAnswer> fresh = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(properties.probeThreads(), byHost.size()), r -> {
            Thread t = new Thread(r, "zhengwu-link-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> hosts = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : byHost.entrySet()) {
                hosts.add(pool.submit(() -> {
                    probeHost(e.getKey(), e.getValue(), fresh);
                    return null;
                }));
            }
            for (Future<?> f : hosts) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("link probe failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        store.cacheAnswers(fresh, now, properties.cacheWorking(), properties.cacheFailed());
        answers.putAll(fresh);
        return answers;
    }

    /** One host's addresses, one after the other with the pause between them. */
    private void probeHost(String host, List<String> urls, Map<String, ProbeAnswer> into) throws InterruptedException {
        ProbeAnswer refused = refusedHost(host);
        for (int k = 0; k < urls.size(); k++) {
            if (refused != null) {
                into.put(urls.get(k), refused);
                continue;
            }
            if (k > 0) {
                Thread.sleep(properties.hostInterval().toMillis()); // politeness: the per-host rate limit
            }
            into.put(urls.get(k), ask(urls.get(k)));
        }
    }

    /** An answer for the whole host without asking: an unknown name, or an intranet address when that is off. */
    private ProbeAnswer refusedHost(String host) {
        if (host.isEmpty()) {
            return ProbeAnswer.failed(BrokenReason.INVALID, null, null);
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!properties.probePrivateAddresses() && (a.isLoopbackAddress() || a.isSiteLocalAddress()
                        || a.isLinkLocalAddress() || a.isAnyLocalAddress())) {
                    return ProbeAnswer.failed(BrokenReason.PRIVATE, null, a.getHostAddress());
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return ProbeAnswer.failed(BrokenReason.NETWORK, null, "无法解析域名");
        }
    }

    ProbeAnswer ask(String url) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return ProbeAnswer.failed(BrokenReason.INVALID, null, null);
        }
        ProbeAnswer head = request(uri, "HEAD");
        if (head.ok() || "超时".equals(head.detail())) {
            return head; // a timeout would only repeat itself
        }
        ProbeAnswer get = request(uri, "GET");
        return get.ok() || get.status() != null || head.status() == null ? get : head;
    }

    private ProbeAnswer request(URI uri, String method) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.probeTimeout())
                .header("User-Agent", AGENT).method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close(); // the status is all we want
            int status = response.statusCode();
            return status < 400 ? ProbeAnswer.working(status)
                    : ProbeAnswer.failed(BrokenReason.HTTP, status, "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return ProbeAnswer.failed(BrokenReason.NETWORK, null, "超时");
        } catch (IOException e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return ProbeAnswer.failed(BrokenReason.NETWORK, null, why.length() > 300 ? why.substring(0, 300) : why);
        } catch (IllegalArgumentException e) {
            return ProbeAnswer.failed(BrokenReason.INVALID, null, null);
        }
    }

    private static String hostOf(String url) {
        try {
            URI u = URI.create(url);
            return u.getHost() == null ? "" : u.getHost();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
