package org.zhengwu.checks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhengwu.checks.Finding;

/** Against a server of its own on the loopback address; no request leaves the machine. */
class LinkProbeTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, 200));
        server.createContext("/missing", exchange -> answer(exchange, 404));
        server.createContext("/no-head", exchange -> answer(exchange, "HEAD".equals(exchange.getRequestMethod()) ? 405 : 200));
        server.createContext("/slow", exchange -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, int status) throws IOException {
        requests.incrementAndGet();
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static ChecksProperties properties(boolean allowPrivate, Duration timeout) {
        return new ChecksProperties(List.of(), true, timeout, Duration.ofMinutes(10), 50, allowPrivate,
                Finding.Severity.WARNING);
    }

    @Test
    void answersEachAddressAndFallsBackToGetWhenHeadIsRefused() {
        LinkProbe probe = new LinkProbe(properties(true, Duration.ofSeconds(2)));
        URI ok = URI.create(base + "/ok");
        URI missing = URI.create(base + "/missing");
        URI noHead = URI.create(base + "/no-head");
        Map<URI, LinkProbe.Outcome> outcomes = probe.probe(List.of(ok, missing, noHead));
        assertThat(outcomes.get(ok).status()).isEqualTo(LinkProbe.Status.OK);
        assertThat(outcomes.get(missing)).isEqualTo(new LinkProbe.Outcome(LinkProbe.Status.HTTP_ERROR, 404));
        assertThat(outcomes.get(noHead).status()).isEqualTo(LinkProbe.Status.OK);
        probe.stop();
    }

    @Test
    void answersAreCachedSoARecheckAsksNothing() {
        LinkProbe probe = new LinkProbe(properties(true, Duration.ofSeconds(2)));
        URI ok = URI.create(base + "/ok");
        probe.probe(List.of(ok));
        int asked = requests.get();
        assertThat(probe.probe(List.of(ok)).get(ok).ok()).isTrue();
        assertThat(requests.get()).isEqualTo(asked);
        probe.stop();
    }

    @Test
    void aSlowServerTimesOutAndTheCheckDoesNotWaitForIt() {
        LinkProbe probe = new LinkProbe(properties(true, Duration.ofMillis(300)));
        URI slow = URI.create(base + "/slow");
        long t0 = System.nanoTime();
        Map<URI, LinkProbe.Outcome> outcomes = probe.probe(List.of(slow, URI.create(base + "/ok")));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2000));
        assertThat(outcomes.get(slow).status()).isEqualTo(LinkProbe.Status.TIMEOUT);
        probe.stop();
    }

    @Test
    void loopbackAndPrivateAddressesAreNotRequestedUnlessAllowed() throws Exception {
        LinkProbe probe = new LinkProbe(properties(false, Duration.ofSeconds(2)));
        URI ok = URI.create(base + "/ok");
        assertThat(probe.probe(List.of(ok)).get(ok).status()).isEqualTo(LinkProbe.Status.PRIVATE);
        assertThat(requests.get()).isZero();
        assertThat(LinkProbe.isPrivate(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(LinkProbe.isPrivate(InetAddress.getByName("192.168.0.1"))).isTrue();
        assertThat(LinkProbe.isPrivate(InetAddress.getByName("169.254.169.254"))).isTrue();
        assertThat(LinkProbe.isPrivate(InetAddress.getByName("100.64.0.1"))).isTrue();
        assertThat(LinkProbe.isPrivate(InetAddress.getByName("fd00::1"))).isTrue();
        assertThat(LinkProbe.isPrivate(InetAddress.getByName("202.96.0.1"))).isFalse();
        probe.stop();
    }
}
