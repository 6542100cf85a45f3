package org.zhengwu.supervision.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.supervision.InspectionFixtures;

/**
 * A site is inspected again after the events that change it, once things have been quiet for the debounce (30 s):
 * publishing marks it, a run before the quiet time leaves it waiting, the run after inspects it.
 */
@ZhengwuTest
class InspectionScheduleTest {

    @Autowired
    InspectionSchedule schedule;
    @Autowired
    InspectionFixtures fixtures;
    @Autowired
    ReadingStore readings;
    @Autowired
    Clock clock;

    @Test
    void publishingMarksTheSiteAndItIsInspectedOnceItHasBeenQuietForTheDebounce() {
        Site site = fixtures.site();
        fixtures.publish(fixtures.column(site, ColumnKind.NEWS, null), fixtures.today());
        await().atMost(Duration.ofSeconds(20)).until(() -> schedule.waiting(site.id()));
        Instant changed = clock.instant();
        assertThat(readings.latest(site.code())).isEmpty();

        schedule.flush(changed.minusSeconds(1));
        assertThat(schedule.waiting(site.id())).isTrue();
        assertThat(readings.latest(site.code())).isEmpty();

        schedule.flush(changed.plusSeconds(31));
        assertThat(schedule.waiting(site.id())).isFalse();
        assertThat(readings.latest(site.code())).hasSize(Indicator.values().length)
                .filteredOn(r -> r.indicator() == Indicator.HOME_NOT_UPDATED)
                .singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(IndicatorState.HEALTHY));
    }
}
