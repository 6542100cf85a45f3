package org.zhengwu.supervision.internal.scores;

import java.time.YearMonth;
import java.util.List;

/**
 * A month's ranking of the units by their scores, with the weights it was computed with.
 *
 * @param inspected whether the self-inspection's results were there to score the sites
 */
public record MonthRanking(YearMonth month, Weights weights, List<UnitScore> scores, boolean inspected) {

    public MonthRanking {
        scores = List.copyOf(scores);
    }

    /** The mean total of the units (0 without any). */
    public double average() {
        return ScoreRules.round(scores.stream().mapToDouble(UnitScore::total).average().orElse(0));
    }
}
