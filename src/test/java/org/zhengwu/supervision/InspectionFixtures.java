package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.Inspection;
import org.zhengwu.supervision.internal.inspection.InspectionContext;

/**
 * Sites with planted faults for the inspection's tests, made through the real services, and the inspection run at a
 * chosen day (the clock moved, never waited for).
 */
@Component
public class InspectionFixtures {

    private final SiteAdministration sites;
    private final StaffAdministration staff;
    private final ContentEditing editing;
    private final Inspection inspection;
    private final Clock clock;

    InspectionFixtures(SiteAdministration sites, StaffAdministration staff, ContentEditing editing,
                       Inspection inspection, Clock clock) {
        this.sites = sites;
        this.staff = staff;
        this.editing = editing;
        this.inspection = inspection;
        this.clock = clock;
    }

    public ConsoleFixtures console() {
        return new ConsoleFixtures(sites, staff);
    }

    /** Today in China by the application's clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), InspectionContext.CHINA);
    }

    public Site site() {
        return console().site();
    }

    /** A column of this kind without an interval of its own (its kind's national interval applies). */
    public Column column(Site site, ColumnKind kind, Integer intervalDays) {
        String code = ConsoleFixtures.code("c");
        return sites.addColumn(site.id(), new ColumnDetails(null, code, "栏目" + code, kind, 0, "张三", intervalDays, null));
    }

    /** An item published in the column, dated {@code day}. */
    public long publish(Column column, LocalDate day) {
        long id = editing.createDraft(ContentDraft.of(column.id(), "稿件" + ConsoleFixtures.code("t"), "<p>正文。</p>",
                day + " 09:00"));
        editing.publish(id);
        return id;
    }

    /** Runs the inspection of the site at 10:00 on {@code day}; returns the indicator's reading. */
    public IndicatorReading inspect(Site site, Indicator indicator, LocalDate day) {
        return inspection.runAt(at(day), List.of(site)).stream().filter(r -> r.indicator() == indicator)
                .findFirst().orElseThrow();
    }

    /**
     * Inspects the site the day before the national warning period (3 days) ahead of {@code tripsOn}, expecting the
     * indicator healthy, and on its first day, expecting a warning that names {@code tripsOn}; returns the warning.
     */
    public IndicatorReading healthyThenWarned(Site site, Indicator indicator, LocalDate tripsOn) {
        assertThat(inspect(site, indicator, tripsOn.minusDays(4)).state()).isEqualTo(IndicatorState.HEALTHY);
        IndicatorReading warning = inspect(site, indicator, tripsOn.minusDays(3));
        assertThat(warning.state()).isEqualTo(IndicatorState.WARNING);
        assertThat(warning.tripsOn()).isEqualTo(tripsOn);
        return warning;
    }

    /** Inspects the site on {@code day}, expecting the indicator tripped; returns the reading. */
    public IndicatorReading tripped(Site site, Indicator indicator, LocalDate day) {
        IndicatorReading r = inspect(site, indicator, day);
        assertThat(r.state()).isEqualTo(IndicatorState.TRIPPED);
        assertThat(r.tripsOn()).isNull();
        return r;
    }

    public static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(InspectionContext.CHINA).toInstant();
    }
}
