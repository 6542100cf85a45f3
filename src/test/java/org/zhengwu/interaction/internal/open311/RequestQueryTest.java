package org.zhengwu.interaction.internal.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.zhengwu.platform.RuleViolation;

class RequestQueryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");

    @Test
    void withoutDatesTheQueryCoversTheLast90DaysAndBothStatuses() {
        RequestQuery q = RequestQuery.parse(null, " ", null, null, null, NOW);
        assertThat(q.start()).isEqualTo(NOW.minusDays(90));
        assertThat(q.end()).isEqualTo(NOW);
        assertThat(q.serviceCode()).isNull();
        assertThat(q.statuses()).containsExactlyInAnyOrder(RequestQuery.Status.OPEN, RequestQuery.Status.CLOSED);
    }

    @Test
    void oneDateSpans90DaysFromOrUpToIt() {
        OffsetDateTime end = OffsetDateTime.parse("2026-01-31T00:00:00Z");
        assertThat(RequestQuery.parse(null, null, null, "2026-01-31T00:00:00Z", null, NOW).start())
                .isEqualTo(end.minusDays(90));
        assertThat(RequestQuery.parse(null, null, "2026-01-31T00:00:00Z", null, null, NOW).end())
                .isEqualTo(end.plusDays(90));
    }

    @Test
    void anOffsetWhosePlusArrivedAsASpaceIsStillRead() {
        assertThat(RequestQuery.parse(null, null, "2026-01-31T08:00:00 08:00", null, null, NOW).start())
                .isEqualTo(OffsetDateTime.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void aDateWithoutAnOffsetIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> RequestQuery.parse(null, null, null, "2026-01-31", null, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("open311.error.date.invalid");
                    assertThat(e.args()[0]).isEqualTo("end_date");
                });
    }

    @Test
    void aStartAfterTheEndIsRefused() {
        assertThatThrownBy(() -> RequestQuery.parse(null, null, "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z", null,
                NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("open311.error.dates.order"));
    }

    @Test
    void statusesAreACommaListOfOpenAndClosedOnly() {
        assertThat(RequestQuery.parse(null, null, null, null, "closed", NOW).statuses())
                .containsExactly(RequestQuery.Status.CLOSED);
        assertThatThrownBy(() -> RequestQuery.parse(null, null, null, null, "open,pending", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.args()).containsExactly("status", "pending"));
    }

    @Test
    void idsAreACommaListOfAtMost100() {
        assertThat(RequestQuery.parse("XJ1, XJ2,,", null, null, null, null, NOW).ids()).containsExactly("XJ1", "XJ2");
        String many = String.join(",", Collections.nCopies(101, "XJ1"));
        assertThatThrownBy(() -> RequestQuery.parse(many, null, null, null, null, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("open311.error.ids.too-many"));
    }
}
