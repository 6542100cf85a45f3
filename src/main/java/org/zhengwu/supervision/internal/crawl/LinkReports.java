package org.zhengwu.supervision.internal.crawl;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/** Builds the console's link report of a site from the stored crawl results and probes. */
@Service
public class LinkReports {

    private final CrawlStore store;
    private final ProbeStore probes;
    private final LinkCrawl crawl;
    private final SiteDirectory sites;
    private final MessageSource messages;
    private final Clock clock;

    LinkReports(CrawlStore store, ProbeStore probes, LinkCrawl crawl, SiteDirectory sites, MessageSource messages, Clock clock) {
        this.store = store;
        this.probes = probes;
        this.crawl = crawl;
        this.sites = sites;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The report of the site with this code (the portal, or the first site, when none is named); {@code kind} filters
     * the broken links: internal, external, or all (anything else).
     */
    @Transactional(readOnly = true)
    public LinkReport report(String code, String kind, Locale locale) {
        List<Site> group = sites.sites();
        Site site;
        if (code != null && !code.isBlank()) {
            site = sites.siteByCode(code.strip()).orElseThrow(() -> new NotFound("linkcheck.console.unknown-site"));
        } else {
            site = group.stream().filter(Site::portal).findFirst().orElse(group.isEmpty() ? null : group.get(0));
        }
        String filter = "internal".equals(kind) || "external".equals(kind) ? kind : "all";
        CrawlProgress progress = crawl.progress();
        String progressText = progress.running() ? t(locale, "linkcheck.console.in-progress",
                progress.scope() == null ? t(locale, "linkcheck.console.scope.all") : progress.scope(),
                t(locale, "linkcheck.console.phase." + progress.phase()), progress.pagesDone(), progress.pagesTotal(),
                String.format(Locale.ROOT, "%.1f", progress.elapsed().toMillis() / 1000.0)) : null;
        String failed = store.recent(1).stream().filter(c -> "FAILED".equals(c.state())).findFirst()
                .map(c -> t(locale, "linkcheck.console.failed", CrawlTexts.shown(c.startedAt()), c.error())).orElse(null);
        if (site == null) {
            return new LinkReport(group, null, filter, progress, progressText, t(locale, "linkcheck.console.never"),
                    failed, t(locale, "linkcheck.console.probes.none"), List.of(), 0, List.of());
        }
        Optional<Findings.Site> latest = store.latest(site.code());
        String last = latest.map(s -> t(locale, "linkcheck.console.last", CrawlTexts.shown(s.checkedAt()), s.pages(),
                s.internalLinks(), s.externalLinks())).orElse(t(locale, "linkcheck.console.never"));
        List<Findings.BrokenRow> broken = store.broken(site.code()).stream()
                .filter(r -> filter.equals("all") || r.external() == filter.equals("external")).toList();
        List<Findings.TypoRow> typos = store.typos(site.code());
        return new LinkReport(group, site, filter, progress, progressText, last, failed, probes(site, locale),
                broken.subList(0, Math.min(broken.size(), LinkReport.MAX_ROWS)), broken.size(),
                typos.subList(0, Math.min(typos.size(), LinkReport.MAX_ROWS)));
    }

    private String probes(Site site, Locale locale) {
        Instant now = clock.instant();
        List<ProbeStore.Probe> week = probes.between(site.code(), now.minus(UnreachableMeasure.WINDOW), now);
        if (week.isEmpty()) {
            return t(locale, "linkcheck.console.probes.none");
        }
        long failed = week.stream().filter(p -> !p.answered()).count();
        long average = week.stream().mapToLong(ProbeStore.Probe::millis).sum() / week.size();
        return t(locale, "linkcheck.console.probes.summary", week.size(), failed,
                String.format(Locale.ROOT, "%.1f", 100.0 * failed / week.size()), average);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
