package org.zhengwu.supervision.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.InspectionFixtures;

/** A measure that cannot complete is recorded as not measured, with its reason, and never as healthy. */
@ZhengwuTest
class FailingMeasureTest {

    @Autowired
    InspectionFixtures fixtures;
    @Autowired
    SiteDirectory sites;
    @Autowired
    InspectionSettingsService settings;
    @Autowired
    ReadingStore readings;
    @Autowired
    NoticeStore notices;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    Tally tally;

    @Test
    void aMeasureThatThrowsIsStoredAsNotMeasuredWithTheReason() {
        IndicatorMeasure broken = new IndicatorMeasure() {
            @Override
            public Indicator indicator() {
                return Indicator.BROKEN_LINKS;
            }

            @Override
            public IndicatorReading measure(Site site, InspectionContext context) {
                throw new IllegalStateException("发布目录无法读取");
            }
        };
        Inspection inspection = new Inspection(List.of(broken), sites, settings, readings, notices, events, transactions,
                clock, tally);
        Site site = fixtures.site();

        List<IndicatorReading> found = inspection.runAt(clock.instant(), List.of(site));

        assertThat(found).hasSize(Indicator.values().length).allSatisfy(r ->
                assertThat(r.state()).isEqualTo(IndicatorState.NOT_MEASURED));
        IndicatorReading stored = readings.latest(site.code()).stream()
                .filter(r -> r.indicator() == Indicator.BROKEN_LINKS).findFirst().orElseThrow();
        assertThat(stored.state()).isEqualTo(IndicatorState.NOT_MEASURED);
        assertThat(stored.summary()).isEqualTo("检查未能完成：发布目录无法读取");
        assertThat(stored.valueText()).isEqualTo("—");
    }
}
