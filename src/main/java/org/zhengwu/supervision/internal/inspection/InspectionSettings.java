package org.zhengwu.supervision.internal.inspection;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhengwu.platform.RuleViolation;

/**
 * The figures the inspection measures against, the national values (国办秘函〔2019〕19号) by default. A threshold is
 * the figure at which an indicator trips: a share for reachability, days for the home page, a count for the rest
 * ("above 5 columns" is 6). Intervals are in days; a column's own update interval wins over its kind's.
 */
public record InspectionSettings(Map<Indicator, Double> thresholds, int warningDays, int newsDays, int noticeDays,
                                 int policyDays, int letterDays) {

    public static final int MAX_DAYS = 3650;

    public InspectionSettings {
        EnumMap<Indicator, Double> all = new EnumMap<>(NATIONAL_THRESHOLDS);
        all.putAll(thresholds);
        thresholds = java.util.Collections.unmodifiableMap(all);
    }

    private static final Map<Indicator, Double> NATIONAL_THRESHOLDS = new EnumMap<>(Map.of(
            Indicator.SITE_UNREACHABLE, 0.05,
            Indicator.HOME_NOT_UPDATED, 14.0,
            Indicator.COLUMNS_NOT_UPDATED, 6.0,
            Indicator.COLUMNS_LONG_STALE, 11.0,
            Indicator.BLANK_COLUMNS, 6.0,
            Indicator.SERIOUS_ERRORS, 1.0,
            Indicator.LETTERS_UNANSWERED, 1.0,
            Indicator.GUIDES_INCOMPLETE, 1.0,
            Indicator.BROKEN_LINKS, 1.0,
            Indicator.FOOTER_IDENTITY, 1.0));

    /** The national values; the warning period is 3 days (a column stale on Friday warns on Tuesday). */
    public static InspectionSettings national() {
        return new InspectionSettings(Map.of(), 3, 14, 180, 180, 90);
    }

    public double threshold(Indicator indicator) {
        return thresholds.get(indicator);
    }

    /** Whether the indicator's threshold is a share between 0 and 1 rather than a whole number. */
    public static boolean isShare(Indicator indicator) {
        return indicator == Indicator.SITE_UNREACHABLE;
    }

    /** Refuses figures no inspection can use, with the first problem found; the key names the field. */
    public InspectionSettings validated() {
        for (Map.Entry<Indicator, Double> e : thresholds.entrySet()) {
            double v = e.getValue();
            String name = e.getKey().name().toLowerCase();
            if (isShare(e.getKey())) {
                if (!(v > 0 && v < 1)) {
                    throw new RuleViolation("inspection.threshold." + name + ".share");
                }
            } else if (!(v >= 1 && v <= MAX_DAYS) || v != Math.rint(v)) {
                throw new RuleViolation("inspection.threshold." + name + ".whole", String.valueOf(MAX_DAYS));
            }
        }
        days("warning-days", warningDays, 0);
        days("news-days", newsDays, 1);
        days("notice-days", noticeDays, 1);
        days("policy-days", policyDays, 1);
        days("letter-days", letterDays, 1);
        return this;
    }

    private static void days(String field, int value, int min) {
        if (value < min || value > MAX_DAYS) {
            throw new RuleViolation("inspection." + field + ".range", String.valueOf(min), String.valueOf(MAX_DAYS));
        }
    }

    /** Every setting by its stored name. */
    public Map<String, Double> byName() {
        Map<String, Double> m = new LinkedHashMap<>();
        thresholds.forEach((k, v) -> m.put("threshold." + k.name(), v));
        m.put("warning-days", (double) warningDays);
        m.put("news-days", (double) newsDays);
        m.put("notice-days", (double) noticeDays);
        m.put("policy-days", (double) policyDays);
        m.put("letter-days", (double) letterDays);
        return m;
    }

    /** The settings from stored names, the national value where a name is missing. */
    public static InspectionSettings fromNames(Map<String, Double> stored) {
        InspectionSettings n = national();
        EnumMap<Indicator, Double> t = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            t.put(i, stored.getOrDefault("threshold." + i.name(), n.threshold(i)));
        }
        return new InspectionSettings(t, whole(stored, "warning-days", n.warningDays),
                whole(stored, "news-days", n.newsDays), whole(stored, "notice-days", n.noticeDays),
                whole(stored, "policy-days", n.policyDays), whole(stored, "letter-days", n.letterDays));
    }

    private static int whole(Map<String, Double> stored, String name, int fallback) {
        Double v = stored.get(name);
        return v == null ? fallback : (int) Math.round(v);
    }
}
