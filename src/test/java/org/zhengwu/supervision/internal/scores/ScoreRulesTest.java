package org.zhengwu.supervision.internal.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorState;

/** The 考核细则 with the default weights (20, 10, 10, 15, 10, 10, 5, 20), checked against figures worked by hand. */
class ScoreRulesTest {

    static final Weights DEFAULT = Weights.parse(Map.of("volume", "20", "timeliness", "10", "review_returns", "10",
            "letters_on_time", "15", "letter_satisfaction", "10", "services_on_time", "10", "service_ratings", "5",
            "inspection", "20"));

    static UnitMonth month(String name, int quota, long published, int stretches, long submitted, long returned,
                           long answered, long onTime, long ratings, long satisfied, long handled, long handledOnTime,
                           long serviceRatings, long good, double inspection) {
        return new UnitMonth(name.hashCode(), name, name, quota, published, stretches, submitted, returned, answered,
                onTime, ratings, satisfied, handled, handledOnTime, serviceRatings, good,
                new UnitMonth.InspectionMonth(inspection, 4, true));
    }

    @Test
    void aUnitsMonthIsTheWeightedSumOfItsItems() {
        // 24 of 30 items (an item a day in November): 0.8 × 20 = 16; 3 of 4 stretches: 0.75 × 10 = 7.5;
        // 2 of 10 submissions returned: 0.8 × 10 = 8; 6 of 8 letters on time: 0.75 × 15 = 11.25;
        // 4 of 5 ratings satisfied: 0.8 × 10 = 8; 4 of 4 applications on time: 1 × 10 = 10;
        // 9 of 10 good ratings: 0.9 × 5 = 4.5; inspection 70 points: 0.7 × 20 = 14. Together 79.25.
        UnitMonth m = month("甲局", DutyPeriod.DAY.monthlyQuota(1, YearMonth.of(2026, 11)), 24, 3, 10, 2, 8, 6, 5, 4,
                4, 4, 10, 9, 70);
        UnitScore s = ScoreRules.score(m, DEFAULT);
        assertThat(s.points()).containsEntry(ScoreItem.VOLUME, 16.0).containsEntry(ScoreItem.TIMELINESS, 7.5)
                .containsEntry(ScoreItem.REVIEW_RETURNS, 8.0).containsEntry(ScoreItem.LETTERS_ON_TIME, 11.25)
                .containsEntry(ScoreItem.LETTER_SATISFACTION, 8.0).containsEntry(ScoreItem.SERVICES_ON_TIME, 10.0)
                .containsEntry(ScoreItem.SERVICE_RATINGS, 4.5).containsEntry(ScoreItem.INSPECTION, 14.0);
        assertThat(s.total()).isEqualTo(79.25);
        assertThat(s.groupPoints(ScoreItem.Group.PUBLISHING)).isEqualTo(31.5);
    }

    @Test
    void nothingToMeasureScoresFullButAMonthWithoutPublishingLosesTimeliness() {
        // no quota, no review, no letters, no applications: 20 + 0 + 10 + 15 + 10 + 10 + 5, inspection 50: 10 → 80
        UnitScore s = ScoreRules.score(month("乙镇", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50), DEFAULT);
        assertThat(s.total()).isEqualTo(80.0);
    }

    @Test
    void publishingBeyondTheQuotaCountsNoMoreThanTheQuota() {
        UnitScore s = ScoreRules.score(month("丙委", 4, 9, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100), DEFAULT);
        assertThat(s.points()).containsEntry(ScoreItem.VOLUME, 20.0);
        assertThat(s.total()).isEqualTo(100.0);
    }

    @Test
    void theRankingPutsTheHighestFirstAndEqualTotalsShareAPlace() {
        List<UnitScore> ranked = ScoreRules.rank(List.of(
                month("乙镇", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50),
                month("丙委", 4, 9, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100),
                month("丁办", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50),
                month("甲局", 30, 24, 3, 10, 2, 8, 6, 5, 4, 4, 4, 10, 9, 70)), DEFAULT);
        assertThat(ranked).extracting(r -> r.figures().unitName() + " " + r.rank() + " " + r.total())
                .containsExactly("丙委 1 100.0", "丁办 2 80.0", "乙镇 2 80.0", "甲局 4 79.25");
    }

    @Test
    void aVetoMakesTheSitesPointsZeroAndEachDeductionItemCostsTen() {
        assertThat(InspectionPoints.of(Map.of(Indicator.BROKEN_LINKS, IndicatorState.TRIPPED,
                Indicator.FOOTER_IDENTITY, IndicatorState.TRIPPED, Indicator.HOME_NOT_UPDATED,
                IndicatorState.WARNING)).points()).isEqualTo(80);
        assertThat(InspectionPoints.of(Map.of(Indicator.SITE_UNREACHABLE, IndicatorState.TRIPPED,
                Indicator.BROKEN_LINKS, IndicatorState.HEALTHY)).points()).isZero();
        // a measurement that failed is never healthy
        assertThat(InspectionPoints.of(Map.of(Indicator.GUIDES_INCOMPLETE, IndicatorState.NOT_MEASURED)).points())
                .isEqualTo(90);
        assertThat(InspectionPoints.of(Map.of()).measured()).isFalse();
    }

    @Test
    void weightsThatDoNotSumToAHundredAreRefusedWithTheirSum() {
        Map<String, String> form = new HashMap<>(Map.of("volume", "30", "timeliness", "10", "review_returns", "10",
                "letters_on_time", "15", "letter_satisfaction", "10", "services_on_time", "10",
                "service_ratings", "5", "inspection", "20"));
        assertThatThrownBy(() -> Weights.parse(form)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((RuleViolation) e).key()).isEqualTo("scores.weights.sum");
                    assertThat(((RuleViolation) e).args()).containsExactly(110);
                });
        form.put("volume", "二十");
        assertThatThrownBy(() -> Weights.parse(form)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).key()).isEqualTo("scores.weights.not-a-number");
    }

    @Test
    void aMonthsQuotaCountsItsDaysFourWeeksOrOneMonth() {
        assertThat(DutyPeriod.DAY.monthlyQuota(1, YearMonth.of(2026, 2))).isEqualTo(28);
        assertThat(DutyPeriod.WEEK.monthlyQuota(3, YearMonth.of(2026, 2))).isEqualTo(12);
        assertThat(DutyPeriod.MONTH.monthlyQuota(5, YearMonth.of(2026, 2))).isEqualTo(5);
        assertThat(ScoreRules.stretchOf(7)).isZero();
        assertThat(ScoreRules.stretchOf(8)).isEqualTo(1);
        assertThat(ScoreRules.stretchOf(31)).isEqualTo(3);
    }
}
