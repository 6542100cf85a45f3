package org.zhengwu.supervision.internal.inspection.measures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ColumnActivity;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.inspection.Tally;

/**
 * The columns of a site that hold published items, each with the day it goes stale: its newest publication day plus
 * its expected interval (the column's own, else its kind's from the settings). Columns without an interval are not
 * expected to be updated; columns without any item are blank, not stale ({@link BlankColumns}).
 */
@Component
class ColumnFreshness {

    private final SiteDirectory sites;
    private final ContentQueries content;
    private final Tally tally;

    ColumnFreshness(SiteDirectory sites, ContentQueries content, Tally tally) {
        this.sites = sites;
        this.content = content;
        this.tally = tally;
    }

    /** The reading of a staleness indicator over the columns {@code counted} selects. */
    IndicatorReading measure(Indicator indicator, Site site, InspectionContext context, Predicate<Column> counted) {
        Map<Long, ColumnActivity> activity = content.columnActivity(site.id());
        LocalDate today = context.today();
        List<Tally.Pending> found = new ArrayList<>();
        for (Column c : sites.columns(site.id())) {
            ColumnActivity a = activity.get(c.id());
            Integer interval = c.updateIntervalDays() != null ? c.updateIntervalDays() : context.expectedIntervalDays(c.kind());
            if (c.kind() == ColumnKind.LINK || a == null || a.newest() == null || interval == null || interval <= 0
                    || !counted.test(c)) {
                continue;
            }
            LocalDate last = a.newest().atZoneSameInstant(InspectionContext.CHINA).toLocalDate();
            LocalDate staleOn = last.plusDays(interval);
            long age = Math.max(0, ChronoUnit.DAYS.between(last, today));
            String detail = staleOn.isAfter(today)
                    ? tally.t("inspection.column.soon", last.toString(), age, interval, staleOn.toString())
                    : tally.t("inspection.column.stale", last.toString(), age, interval);
            found.add(new Tally.Pending(new Offender(c.name(), detail, newItemPath(site, c)), staleOn));
        }
        return tally.count(indicator, site, context, found);
    }

    static String newItemPath(Site site, Column c) {
        return "/admin/content/new?site=" + site.id() + "&column=" + c.id();
    }
}
