package org.zhengwu.supervision.internal.scores;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengwu.platform.RuleViolation;

/** The points of each score item; they sum to 100. */
public record Weights(Map<ScoreItem, Integer> points) {

    public static final int TOTAL = 100;

    public Weights {
        points = Collections.unmodifiableMap(new EnumMap<>(points));
    }

    public int of(ScoreItem item) {
        return points.getOrDefault(item, 0);
    }

    public int sum() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The weights as typed in the form, one field per item: each a whole number from 0 to 100, all together 100.
     *
     * @throws RuleViolation naming the first item that is not a number, or the sum that is not 100
     */
    public static Weights parse(Map<String, String> form) {
        Map<ScoreItem, Integer> points = new EnumMap<>(ScoreItem.class);
        for (ScoreItem item : ScoreItem.values()) {
            String text = form.getOrDefault(item.field(), "").trim();
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new RuleViolation("scores.weights.not-a-number", label(item), text);
            }
            if (value < 0 || value > TOTAL) {
                throw new RuleViolation("scores.weights.out-of-range", label(item), value);
            }
            points.put(item, value);
        }
        Weights weights = new Weights(points);
        if (weights.sum() != TOTAL) {
            throw new RuleViolation("scores.weights.sum", weights.sum());
        }
        return weights;
    }

    /** The item's name as a message argument, resolved in the reader's language. */
    static DefaultMessageSourceResolvable label(ScoreItem item) {
        return new DefaultMessageSourceResolvable(item.labelKey());
    }
}
