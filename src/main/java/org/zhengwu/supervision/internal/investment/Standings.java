package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * The units' standing for a year up to the end of a month (or today, inside the current month), worked out in plain
 * Java from the stored targets and figures (ADR 0017):
 * <ul>
 *   <li>序时进度 = the day of the year reached ÷ the days of the year;</li>
 *   <li>each completion rate = the figure so far ÷ its annual target (none without a target);</li>
 *   <li>综合完成率 = the average of a unit's completion rates; a unit is 落后序时进度 when it is below 序时进度;</li>
 *   <li>履约率 = projects signed this year that reached 注册 or later ÷ projects signed this year;
 *       开工率 = of those, the ones that reached 开工 or later; 资金到位率 = 到位资金 ÷ 合同引资 of the year's months;</li>
 *   <li>the ranking: by 综合完成率, then 到位资金, highest first; equal pairs share a rank.</li>
 * </ul>
 */
public final class Standings {

    private Standings() {
    }

    /** One unit's line. Rates are shares (0.5 is 50%), null where there is nothing to divide by. */
    public record Standing(long unitId, String unitName, Target target, long signed, long started,
                           BigDecimal contracted, BigDecimal inPlace, Double signedDone, Double contractedDone,
                           Double inPlaceDone, Double startedDone, Double overall, Double performanceRate,
                           Double fundsRate, Double startRate, boolean behind, long stalled, int rank) {
    }

    /** The dashboard of a month: the day counted to, 序时进度 and the ranked units. */
    public record Board(YearMonth month, LocalDate asOf, double schedule, List<Standing> units) {
    }

    /** The day counted to: the month's last day, or today inside the current month. */
    public static LocalDate asOf(YearMonth month, LocalDate today) {
        LocalDate end = month.atEndOfMonth();
        return end.isAfter(today) ? today : end;
    }

    /** 序时进度: the day of the year reached ÷ the days of the year. */
    public static double schedule(LocalDate asOf) {
        return (double) asOf.getDayOfYear() / asOf.lengthOfYear();
    }

    static Board board(YearMonth month, LocalDate today, Map<Long, Target> targets,
                       Map<Long, FigureStore.Counts> counts, Map<Long, FigureStore.Sums> sums, Map<Long, Long> stalled,
                       LongFunction<String> unitName) {
        LocalDate asOf = asOf(month, today);
        double schedule = schedule(asOf);
        List<Long> unitIds = Stream.of(targets.keySet(), counts.keySet(), sums.keySet()).flatMap(java.util.Set::stream)
                .distinct().toList();
        List<Standing> rows = new ArrayList<>();
        for (long u : unitIds) {
            Target t = targets.get(u);
            FigureStore.Counts c = counts.getOrDefault(u, new FigureStore.Counts(0, 0, 0, 0));
            FigureStore.Sums s = sums.getOrDefault(u, new FigureStore.Sums(BigDecimal.ZERO, BigDecimal.ZERO));
            BigDecimal contracted = s.contracted() == null ? BigDecimal.ZERO : s.contracted();
            BigDecimal inPlace = s.inPlace() == null ? BigDecimal.ZERO : s.inPlace();
            Double signedDone = t == null ? null : share(c.signed(), t.signedProjects());
            Double contractedDone = t == null ? null : share(contracted, t.contracted());
            Double inPlaceDone = t == null ? null : share(inPlace, t.inPlace());
            Double startedDone = t == null ? null : share(c.started(), t.startedProjects());
            Double overall = average(signedDone, contractedDone, inPlaceDone, startedDone);
            rows.add(new Standing(u, unitName.apply(u), t, c.signed(), c.started(), contracted, inPlace, signedDone,
                    contractedDone, inPlaceDone, startedDone, overall, share(c.performed(), c.signed()),
                    share(inPlace, contracted), share(c.startedOfSigned(), c.signed()),
                    overall != null && overall < schedule, stalled.getOrDefault(u, 0L), 0));
        }
        Comparator<Standing> order = Comparator
                .comparing((Standing r) -> r.overall() == null ? -1 : r.overall()).reversed()
                .thenComparing(Standing::inPlace, Comparator.reverseOrder())
                .thenComparing(Standing::unitName);
        rows.sort(order);
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Standing r = rows.get(i);
            Standing prev = i == 0 ? null : ranked.get(i - 1);
            int rank = prev != null && Objects.equals(prev.overall(), r.overall())
                    && prev.inPlace().compareTo(r.inPlace()) == 0 ? prev.rank() : i + 1;
            ranked.add(new Standing(r.unitId(), r.unitName(), r.target(), r.signed(), r.started(), r.contracted(),
                    r.inPlace(), r.signedDone(), r.contractedDone(), r.inPlaceDone(), r.startedDone(), r.overall(),
                    r.performanceRate(), r.fundsRate(), r.startRate(), r.behind(), r.stalled(), rank));
        }
        return new Board(month, asOf, schedule, ranked);
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Double share(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null
                : part.divide(whole, 6, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double average(Double... rates) {
        double sum = 0;
        int n = 0;
        for (Double r : rates) {
            if (r != null) {
                sum += r;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** A share as the pages write it: 49.6%, or — when there is none. */
    public static String percent(Double share) {
        return share == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
