package org.zhengwu.supervision.internal.inspection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.sites.Site;

/**
 * Turns what a measure found into a reading, the same way for every counted indicator: each offender counts from a
 * day (a column from the day it goes stale, a letter from the day it is three months old, a sudden fault from the end
 * of the warning period after it was found). The indicator trips when as many count as its threshold; it warns when
 * that many will count within the warning period, with {@code tripsOn} the day the last of them does. The offenders
 * listed are those that count or will within the warning period.
 */
@Component
public class Tally {

    /** An offender and the first day it counts against the indicator. */
    public record Pending(Offender offender, LocalDate countsFrom) {
    }

    private final MessageSource messages;

    Tally(MessageSource messages) {
        this.messages = messages;
    }

    public IndicatorReading count(Indicator indicator, Site site, InspectionContext context, List<Pending> found) {
        LocalDate today = context.today();
        double threshold = context.threshold(indicator);
        int needed = Math.max(1, (int) Math.ceil(threshold));
        LocalDate horizon = today.plusDays(context.warningDays());
        List<Pending> sorted = found.stream().filter(p -> !p.countsFrom().isAfter(horizon))
                .sorted(Comparator.comparing(Pending::countsFrom)).toList();
        long counted = sorted.stream().filter(p -> !p.countsFrom().isAfter(today)).count();
        String unit = t("supervision.measure." + indicator.name().toLowerCase());
        IndicatorState state;
        LocalDate tripsOn = null;
        String summary;
        if (counted >= threshold) {
            state = IndicatorState.TRIPPED;
            summary = t("inspection.summary.tripped", counted, unit, figure(threshold));
        } else if (sorted.size() >= needed) {
            state = IndicatorState.WARNING;
            tripsOn = sorted.get(needed - 1).countsFrom();
            summary = t("inspection.summary.warning", counted, unit, figure(threshold), tripsOn.toString());
        } else {
            state = IndicatorState.HEALTHY;
            summary = sorted.isEmpty() ? t("inspection.summary.none")
                    : t("inspection.summary.healthy", counted, unit, figure(threshold), sorted.size());
        }
        return new IndicatorReading(indicator, site.code(), state, counted, threshold, tripsOn, summary,
                sorted.stream().map(Pending::offender).toList());
    }

    /** A message of the supervision bundle in simplified Chinese. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    static String figure(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
