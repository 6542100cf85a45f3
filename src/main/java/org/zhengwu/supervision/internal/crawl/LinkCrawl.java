package org.zhengwu.supervision.internal.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * The crawl of the published tree: every page of the group (or of one site), both scripts, every link and image,
 * internal ones against the tree, external ones asked politely; the typos of every page. One crawl at a time; the
 * results are stored at the end in batches and replace each site's previous ones. A crawl that cannot finish is
 * recorded as failed, and the sites keep their previous results (never a half crawl counted as healthy).
 */
@Service
public class LinkCrawl {

    private static final Logger log = LoggerFactory.getLogger(LinkCrawl.class);

    private final DataDirectory data;
    private final SiteDirectory sites;
    private final ZhengwuProperties platform;
    private final CrawlProperties properties;
    private final ExternalProbe probe;
    private final PageTypos typos;
    private final CrawlStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final AtomicReference<State> running = new AtomicReference<>();

    /** The running crawl's progress as its threads report it. */
    private static final class State {
        final String scope;
        final long startedAt = System.nanoTime();
        volatile String phase = "READING";
        volatile CrawlRun run;
        volatile long total;

        State(String scope) {
            this.scope = scope;
        }
    }

    LinkCrawl(DataDirectory data, SiteDirectory sites, ZhengwuProperties platform, CrawlProperties properties,
              ExternalProbe probe, PageTypos typos, CrawlStore store, Clock clock, AuditTrail audit) {
        this.data = data;
        this.sites = sites;
        this.platform = platform;
        this.properties = properties;
        this.probe = probe;
        this.typos = typos;
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    public CrawlProgress progress() {
        State s = running.get();
        if (s == null) {
            return CrawlProgress.IDLE;
        }
        CrawlRun run = s.run;
        return new CrawlProgress(true, s.phase, s.scope, run == null ? 0 : run.pagesRead.get(), s.total,
                Duration.ofNanos(System.nanoTime() - s.startedAt));
    }

    /** Starts a crawl of one site (by code) or of all (null) in the background; refused while one runs. */
    public void start(String scope, String actor) {
        State state = begin(scope);
        Thread t = new Thread(() -> {
            try {
                execute(state, actor);
            } catch (RuntimeException e) {
                log.error("链接与错别字巡检失败", e);
            }
        }, "zhengwu-crawl-main");
        t.setDaemon(true);
        t.start();
    }

    /** Crawls now, in the calling thread; refused while another crawl runs. */
    public Findings.Crawl run(String scope, String actor) {
        return execute(begin(scope), actor);
    }

    private State begin(String scope) {
        if (scope != null && sites.siteByCode(scope).isEmpty()) {
            throw new RuleViolation("linkcheck.crawl.unknown-site", scope);
        }
        State state = new State(scope);
        if (!running.compareAndSet(null, state)) {
            throw new RuleViolation("linkcheck.crawl.running");
        }
        return state;
    }

    private Findings.Crawl execute(State state, String actor) {
        long id;
        try {
            id = store.begin(state.scope, actor, OffsetDateTime.now(clock));
            audit.record(AuditEvent.of("supervision.crawl.start", "link_crawl", id, null,
                    state.scope == null ? "全部站点" : "站点 " + state.scope));
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        try {
            crawl(id, state);
            return store.crawl(id).orElseThrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.fail(id, "interrupted", OffsetDateTime.now(clock));
            throw new IllegalStateException("crawl interrupted", e);
        } catch (IOException | RuntimeException e) {
            store.fail(id, String.valueOf(e), OffsetDateTime.now(clock));
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            running.set(null);
        }
    }

    private void crawl(long id, State state) throws IOException, InterruptedException {
        List<Site> group = sites.sites();
        Set<String> codes = new HashSet<>();
        group.forEach(s -> codes.add(s.code()));
        String portal = group.stream().filter(Site::portal).map(Site::code).findFirst().orElse("");
        CrawlRun run = new CrawlRun(data.publicPages(), tree(group), typos, CrawlRun.siteOf(codes, portal),
                properties.externalLinks(), properties.readers());
        List<String> pages = run.pages(state.scope);
        state.total = pages.size();
        state.run = run;
        run.read(pages);
        state.phase = "PROBING";
        if (properties.externalLinks()) {
            run.externalAnswers(probe.probeAll(run.externalAddresses(properties.maxExternal()), clock.instant()));
        }
        state.phase = "SAVING";
        List<Findings.Page> findings = run.findings();
        OffsetDateTime at = OffsetDateTime.now(clock);
        store.finish(id, siteFigures(group, state.scope, run, findings, at), findings, run.links.get(), at);
        log.info("链接与错别字巡检完成：{} 页，{} 个链接，{} 页有问题，用时 {} 秒", pages.size(), run.links.get(),
                findings.size(), String.format(Locale.ROOT, "%.1f", (System.nanoTime() - state.startedAt) / 1e9));
    }

    /** Every site in scope gets its figures, also one without any page (0 pages). */
    private static List<Findings.Site> siteFigures(List<Site> group, String scope, CrawlRun run,
                                                   List<Findings.Page> findings, OffsetDateTime at) {
        Map<String, int[]> counted = new HashMap<>();
        for (Findings.Page p : findings) {
            int[] c = counted.computeIfAbsent(p.siteCode(), k -> new int[2]);
            c[0] += p.broken().size();
            c[1] += p.typos().size();
        }
        List<Findings.Site> out = new ArrayList<>();
        for (Site s : group) {
            if (scope != null && !scope.equals(s.code())) {
                continue;
            }
            CrawlRun.SiteTally t = run.sites.getOrDefault(s.code(), new CrawlRun.SiteTally());
            int[] c = counted.getOrDefault(s.code(), new int[2]);
            out.add(new Findings.Site(s.code(), t.pages.get(), t.internal.get(), t.external.get(), c[0], c[1], at));
        }
        return out;
    }

    /** The tree with the platform's own host names and each site's own host. */
    private PublishedTree tree(List<Site> group) {
        Set<String> own = new HashSet<>();
        try {
            URI base = URI.create(platform.baseUrl());
            if (base.getHost() != null) {
                own.add(base.getPort() < 0 ? base.getHost().toLowerCase(Locale.ROOT)
                        : base.getHost().toLowerCase(Locale.ROOT) + ":" + base.getPort());
            }
        } catch (IllegalArgumentException e) {
            log.warn("zhengwu.base-url is not an address: {}", platform.baseUrl());
        }
        Map<String, String> hosts = new HashMap<>();
        for (Site s : group) {
            if (s.host() != null && !s.host().isBlank()) {
                hosts.put(s.host().toLowerCase(Locale.ROOT), s.code());
            }
        }
        return new PublishedTree(data.publicPages(), data.uploads(), own, hosts);
    }
}
