package org.zhengwu.supervision.internal.inspection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentPublished;
import org.zhengwu.content.ContentUnpublished;
import org.zhengwu.interaction.LetterAnswered;
import org.zhengwu.services.ServiceItemChanged;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteChanged;
import org.zhengwu.sites.SiteDirectory;

/**
 * When the inspection runs: every site on a schedule ({@code zhengwu.supervision.inspection.interval}, hourly by
 * default), and a site again after the events that change its indicators — content published or taken offline, its
 * footer or columns changed, a letter answered, a service item changed. Those are debounced: a site is inspected
 * once things have been quiet for {@code zhengwu.supervision.inspection.debounce} (30 s), so a burst of publishing
 * costs one run, not one per item. {@code zhengwu.supervision.inspection.schedule=false} leaves both to be started
 * by hand (tests, the CLI).
 */
@Component
class InspectionSchedule {

    private static final Logger log = LoggerFactory.getLogger(InspectionSchedule.class);

    private final Inspection inspection;
    private final SiteDirectory sites;
    private final ServiceItems items;
    private final Clock clock;
    private final Duration debounce;
    private final boolean scheduled;
    /** Sites waiting for a run, with the moment of the latest change. */
    private final Map<Long, Instant> pending = new ConcurrentHashMap<>();

    InspectionSchedule(Inspection inspection, SiteDirectory sites, ServiceItems items, Clock clock,
                       @Value("${zhengwu.supervision.inspection.debounce:PT30S}") Duration debounce,
                       @Value("${zhengwu.supervision.inspection.schedule:true}") boolean scheduled) {
        this.inspection = inspection;
        this.sites = sites;
        this.items = items;
        this.clock = clock;
        this.debounce = debounce;
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${zhengwu.supervision.inspection.interval:PT1H}",
            initialDelayString = "${zhengwu.supervision.inspection.first-run:PT2M}")
    void everySite() {
        if (scheduled) {
            long tripped = inspection.run().stream().filter(r -> r.state() == IndicatorState.TRIPPED).count();
            log.info("网站自查：{} 个站点，{} 项指标触发", sites.sites().size(), tripped);
        }
    }

    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    void changedSites() {
        if (scheduled) {
            flush(clock.instant());
        }
    }

    /** Inspects the sites whose latest change is at least the debounce old at {@code at}; returns how many. */
    int flush(Instant at) {
        List<Site> due = new ArrayList<>();
        for (Map.Entry<Long, Instant> e : Map.copyOf(pending).entrySet()) {
            // removed only if no newer change came in meanwhile (that one waits for its own quiet time)
            if (!e.getValue().plus(debounce).isAfter(at) && pending.remove(e.getKey(), e.getValue())) {
                sites.site(e.getKey()).ifPresent(due::add);
            }
        }
        if (!due.isEmpty()) {
            inspection.runAt(at, due);
        }
        return due.size();
    }

    /** Whether a change to the site waits for its run. */
    boolean waiting(long siteId) {
        return pending.containsKey(siteId);
    }

    private void changed(long siteId) {
        pending.put(siteId, clock.instant());
    }

    @ApplicationModuleListener
    void on(ContentPublished e) {
        changed(e.siteId());
    }

    @ApplicationModuleListener
    void on(ContentUnpublished e) {
        changed(e.siteId());
    }

    @ApplicationModuleListener
    void on(SiteChanged e) {
        changed(e.siteId());
    }

    @ApplicationModuleListener
    void on(LetterAnswered e) {
        sites.siteOfUnit(e.unitId()).ifPresent(s -> changed(s.id()));
    }

    @ApplicationModuleListener
    void on(ServiceItemChanged e) {
        items.byId(e.itemId()).flatMap(i -> sites.siteOfUnit(i.unitId())).ifPresent(s -> changed(s.id()));
    }
}
