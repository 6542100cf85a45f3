package org.zhengwu.supervision.internal.visits;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengwu.publishing.PageViews;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Counts the pages the application serves ({@link PageViews}) per site and day without cookies and without keeping
 * addresses (ADR 0014): in memory ({@link VisitTally}), written to {@code site_visits} every minute and when the
 * application stops. A page under {@code /{site}/} belongs to that site; every other page (the portal's home, the
 * group's own pages) to the portal.
 */
@Component
public class VisitCounter implements PageViews {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(VisitCounter.class);

    private final VisitTally tally;
    private final VisitStore store;
    private final SiteDirectory sites;

    VisitCounter(Clock clock, VisitStore store, SiteDirectory sites,
                 @Value("${zhengwu.supervision.visits.max-visitors-per-day:500000}") int maxVisitors) {
        this.tally = new VisitTally(clock, maxVisitors);
        this.store = store;
        this.sites = sites;
    }

    @Override
    public void viewed(String path, String address, String userAgent) {
        tally.count(siteOf(path), address, userAgent);
    }

    /** Writes what was counted since the last flush. */
    @Scheduled(fixedDelayString = "${zhengwu.supervision.visits.flush:PT1M}",
            initialDelayString = "${zhengwu.supervision.visits.flush:PT1M}")
    public synchronized void flush() {
        List<VisitTally.Count> counts = tally.drain();
        if (!counts.isEmpty()) {
            store.add(counts);
        }
    }

    @PreDestroy
    void flushOnStop() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("the last visit counts could not be written", e);
        }
    }

    /** The site's counts over the days, both inclusive (what was flushed). */
    public VisitTotals totals(String siteCode, LocalDate from, LocalDate to) {
        return store.totals(siteCode, from, to);
    }

    public List<VisitTotals.Day> days(String siteCode, LocalDate from, LocalDate to) {
        return store.days(siteCode, from, to);
    }

    /** The site a page belongs to: its first segment when that is a site's code, else the portal. */
    String siteOf(String path) {
        int end = path.indexOf('/', 1);
        if (end > 1) {
            Site site = sites.siteByCode(path.substring(1, end)).orElse(null);
            if (site != null) {
                return site.code();
            }
        }
        return sites.portal().map(Site::code).orElse("portal");
    }
}
