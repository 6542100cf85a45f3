package org.zhengwu.supervision.internal.inspection.measures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ColumnActivity;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentSummary;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorMeasure;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.inspection.Tally;

/**
 * 首页栏目信息更新不及时: the home page shows the newest items of every column of the site (the portal's also the
 * units' news), so it was last updated on the newest publication date among them. The value is the days since; it
 * trips at the threshold (14 days). A site with nothing published counts from the day that was first found.
 */
@Component
class HomeNotUpdated implements IndicatorMeasure {

    private final SiteDirectory sites;
    private final ContentQueries content;
    private final Tally tally;

    HomeNotUpdated(SiteDirectory sites, ContentQueries content, Tally tally) {
        this.sites = sites;
        this.content = content;
        this.tally = tally;
    }

    @Override
    public Indicator indicator() {
        return Indicator.HOME_NOT_UPDATED;
    }

    @Override
    public IndicatorReading measure(Site site, InspectionContext context) {
        LocalDate today = context.today();
        double threshold = context.threshold(indicator());
        int days = (int) Math.ceil(threshold);
        LocalDate last = newest(site);
        String fix = "/admin/content/new?site=" + site.id();
        Offender offender;
        LocalDate since;
        if (last == null) {
            Offender empty = new Offender(tally.t("inspection.home.label"), tally.t("inspection.home.empty"), fix);
            since = context.firstSeen(indicator(), site.code(), empty);
            offender = empty;
        } else {
            since = last;
            offender = null;
        }
        long age = Math.max(0, ChronoUnit.DAYS.between(since, today));
        LocalDate tripsOn = since.plusDays(days);
        IndicatorState state = age >= threshold ? IndicatorState.TRIPPED
                : !tripsOn.isAfter(today.plusDays(context.warningDays())) ? IndicatorState.WARNING : IndicatorState.HEALTHY;
        if (offender == null && state != IndicatorState.HEALTHY) {
            offender = new Offender(tally.t("inspection.home.label"),
                    tally.t("inspection.home.detail", last.toString(), age, days), fix);
        }
        String summary = switch (state) {
            case TRIPPED -> tally.t("inspection.home.tripped", since.toString(), age, days);
            case WARNING -> tally.t("inspection.home.warning", since.toString(), age, tripsOn.toString());
            default -> last == null ? tally.t("inspection.home.empty.healthy", since.toString())
                    : tally.t("inspection.home.healthy", since.toString(), age);
        };
        return new IndicatorReading(indicator(), site.code(), state, age, threshold,
                state == IndicatorState.WARNING ? tripsOn : null, summary,
                offender == null ? List.of() : List.of(offender));
    }

    /** The newest publication day among what the home page shows, or null when it shows nothing. */
    private LocalDate newest(Site site) {
        OffsetDateTime newest = content.columnActivity(site.id()).values().stream().map(ColumnActivity::newest)
                .filter(Objects::nonNull).max(OffsetDateTime::compareTo).orElse(null);
        if (site.portal()) {
            List<Long> unitNews = new ArrayList<>();
            for (Site s : sites.sites()) {
                if (!s.portal()) {
                    sites.columns(s.id()).stream().filter(c -> c.kind() == ColumnKind.NEWS).map(Column::id)
                            .forEach(unitNews::add);
                }
            }
            OffsetDateTime news = content.latest(unitNews, 1).stream().map(ContentSummary::publishedAt).findFirst()
                    .orElse(null);
            if (news != null && (newest == null || news.isAfter(newest))) {
                newest = news;
            }
        }
        return newest == null ? null : newest.atZoneSameInstant(InspectionContext.CHINA).toLocalDate();
    }
}
