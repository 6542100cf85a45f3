package org.zhengwu.supervision.internal.scores;

import java.util.Map;

/**
 * A unit's score for a month: each item's share (0–1) and points (share × weight), the total out of 100, and the
 * unit's place in the month's ranking (units with equal totals share a place).
 */
public record UnitScore(UnitMonth figures, Map<ScoreItem, Double> shares, Map<ScoreItem, Double> points,
                        double total, int rank) {

    public UnitScore {
        shares = Map.copyOf(shares);
        points = Map.copyOf(points);
    }

    UnitScore ranked(int place) {
        return new UnitScore(figures, shares, points, total, place);
    }

    /** The points of one component (the sum of its items). */
    public double groupPoints(ScoreItem.Group group) {
        return ScoreRules.round(points.entrySet().stream().filter(e -> e.getKey().group() == group)
                .mapToDouble(Map.Entry::getValue).sum());
    }
}
