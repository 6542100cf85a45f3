package org.zhengwu.supervision.internal.scores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The 考核细则 in plain Java: a unit's month's figures and the weights give its score; the scores give the ranking. */
public final class ScoreRules {

    /** The stretches a month is cut into for timeliness: days 1–7, 8–14, 15–21, 22 to the end. */
    public static final int STRETCHES = 4;

    private ScoreRules() {
    }

    /** The stretch (0–3) a day of the month falls in. */
    public static int stretchOf(int dayOfMonth) {
        return Math.min(STRETCHES - 1, (dayOfMonth - 1) / 7);
    }

    public static double share(UnitMonth m, ScoreItem item) {
        return switch (item) {
            case VOLUME -> m.quota() == 0 ? 1 : Math.min(1, (double) m.published() / m.quota());
            case TIMELINESS -> (double) m.stretchesCovered() / STRETCHES;
            case REVIEW_RETURNS -> m.submitted() == 0 ? 1 : 1 - Math.min(1, (double) m.returned() / m.submitted());
            case LETTERS_ON_TIME -> ratio(m.lettersOnTime(), m.lettersAnswered());
            case LETTER_SATISFACTION -> ratio(m.lettersSatisfied(), m.letterRatings());
            case SERVICES_ON_TIME -> ratio(m.applicationsOnTime(), m.applicationsHandled());
            case SERVICE_RATINGS -> ratio(m.serviceGood(), m.serviceRatings());
            case INSPECTION -> m.inspection().points() / InspectionPoints.FULL;
        };
    }

    /** The unit's score, not yet ranked (rank 0). Points are kept to two decimals. */
    public static UnitScore score(UnitMonth m, Weights weights) {
        Map<ScoreItem, Double> shares = new EnumMap<>(ScoreItem.class);
        Map<ScoreItem, Double> points = new EnumMap<>(ScoreItem.class);
        double total = 0;
        for (ScoreItem item : ScoreItem.values()) {
            double share = share(m, item);
            double p = round(share * weights.of(item));
            shares.put(item, share);
            points.put(item, p);
            total += p;
        }
        return new UnitScore(m, shares, points, round(total), 0);
    }

    /** Highest total first; equal totals share a place (1, 2, 2, 4) and are listed by unit name. */
    public static List<UnitScore> rank(List<UnitMonth> months, Weights weights) {
        List<UnitScore> scores = new ArrayList<>(months.stream().map(m -> score(m, weights)).toList());
        scores.sort(Comparator.comparingDouble(UnitScore::total).reversed()
                .thenComparing(s -> s.figures().unitName()));
        List<UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            boolean tie = i > 0 && scores.get(i).total() == scores.get(i - 1).total();
            ranked.add(scores.get(i).ranked(tie ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1 : Math.min(1, (double) part / whole);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
