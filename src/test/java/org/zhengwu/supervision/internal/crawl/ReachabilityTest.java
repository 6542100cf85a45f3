package org.zhengwu.supervision.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.platform.ApplicationClock;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.UnitKind;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;

/**
 * The reachability probe against local servers: an answering home, a port nobody listens on, a server that never
 * answers; each probe placed at its moment with the application clock (no waiting), then the measure's states.
 */
@ZhengwuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReachabilityTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Autowired
    Fixture fx;
    @Autowired
    HomeProbe probe;
    @Autowired
    UnreachableMeasure measure;
    @Autowired
    ApplicationClock clock;

    LocalServers servers;

    @BeforeAll
    void servers() {
        servers = new LocalServers();
    }

    @AfterAll
    void stop() throws Exception {
        servers.close();
    }

    private Site site() {
        return fx.unitSite(Fixture.code("pr"), UnitKind.DEPARTMENT, null);
    }

    /** A probe of {@code url} made {@code minutesAgo} before {@code now}. */
    private ProbeStore.Probe probeAt(Instant now, long minutesAgo, Site site, String url) {
        return clock.asOf(now.minus(Duration.ofMinutes(minutesAgo)), () -> probe.probe(site, url, TIMEOUT));
    }

    @Test
    void aSiteNeverProbedIsNotMeasured() {
        IndicatorReading r = measure.measure(site(), new NationalThresholds(clock.instant()));
        assertThat(r.state()).isEqualTo(IndicatorState.NOT_MEASURED);
        assertThat(r.summary()).isEqualTo("尚未探测过本站首页，无法判断");
    }

    @Test
    void aHomeOnAPortNobodyListensOnIsUnreachableAndTrips() {
        Site site = site();
        Instant now = clock.instant();
        ProbeStore.Probe p = probeAt(now, 10, site, servers.dead("/"));
        assertThat(p.outcome()).isEqualTo(ProbeStore.Outcome.FAILED);
        IndicatorReading r = measure.measure(site, new NationalThresholds(now));
        assertThat(r.state()).isEqualTo(IndicatorState.TRIPPED);
        assertThat(r.value()).isEqualTo(1.0);
        assertThat(r.summary()).startsWith("近 7 天探测首页 1 次，1 次未在 15 秒内正常响应（100.0%）");
        assertThat(r.offenders()).hasSize(1);
        assertThat(r.offenders().get(0).detail()).startsWith("无法连接首页");
    }

    @Test
    void aHomeThatNeverAnswersTimesOutAndIsNeverHealthy() {
        Site site = site();
        Instant now = clock.instant();
        ProbeStore.Probe p = probeAt(now, 5, site, servers.silent("/"));
        assertThat(p.outcome()).isEqualTo(ProbeStore.Outcome.TIMEOUT);
        assertThat(p.millis()).isGreaterThanOrEqualTo((int) TIMEOUT.toMillis());
        assertThat(measure.measure(site, new NationalThresholds(now)).state()).isEqualTo(IndicatorState.TRIPPED);
    }

    @Test
    void aHomeDownNowAfterAGoodWeekWarnsWithTheDayItWillTrip() {
        Site site = site();
        Instant now = clock.instant();
        for (int k = 40; k >= 1; k--) {
            assertThat(probeAt(now, k * 5L + 5, site, servers.answering("/ok")).answered()).isTrue();
        }
        probeAt(now, 5, site, servers.dead("/")); // 1 of 41 failed: 2.4 %

        IndicatorReading r = measure.measure(site, new NationalThresholds(now));
        assertThat(r.value()).isBetween(0.024, 0.025);
        assertThat(r.state()).isEqualTo(IndicatorState.WARNING);
        // staying down, the share reaches 5 % after two more failed probes, 5 minutes apart
        assertThat(r.tripsOn()).isEqualTo(LocalDate.ofInstant(now.minus(Duration.ofMinutes(5)).plus(Duration.ofMinutes(10)),
                ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void probesOlderThanAWeekDoNotCount() {
        Site site = site();
        Instant now = clock.instant();
        probeAt(now, 8 * 24 * 60, site, servers.dead("/"));
        probeAt(now, 5, site, servers.answering("/ok"));
        IndicatorReading r = measure.measure(site, new NationalThresholds(now));
        assertThat(r.state()).isEqualTo(IndicatorState.HEALTHY);
        assertThat(r.value()).isZero();
    }

    @Test
    void anErrorStatusIsNotAnAnswer() {
        Site site = site();
        ProbeStore.Probe p = probeAt(clock.instant(), 1, site, servers.answering("/missing"));
        assertThat(p.outcome()).isEqualTo(ProbeStore.Outcome.HTTP_ERROR);
        assertThat(p.status()).isEqualTo(404);
    }
}
