package org.zhengwu.services.internal.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.zhengwu.cases.CaseFigures;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.services.internal.application.ApplicationForm;
import org.zhengwu.services.internal.application.ApplicationType;
import org.zhengwu.services.internal.application.Answers;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The public figures of the online applications per unit over a calendar year — the case engine's counts (received,
 * handled, on time, average working days with paused days left out, overdue now) with the ratings given in the year —
 * and 办件公示, the finished applications with the applicant's name masked. Aggregates and masked names only: safe
 * to show to anyone.
 */
@Service
public class ServiceFigures {

    public static final int PAGE_SIZE = 20;

    /**
     * One unit's line (or the total). Satisfaction is the share of 非常满意, 满意 and 基本满意 among the ratings given.
     */
    public record Line(String unit, long received, long handled, Double onTimeRate, Double averageWorkingDays,
                       long overdue, long rated, long good, long bad, long rectified) {

        public Double satisfaction() {
            return rated == 0 ? null : (double) good / rated;
        }
    }

    public record Figures(int year, List<Line> units, Line total) {
    }

    /** A row of 办件公示; {@code decision} GRANTED, DENIED or null when not known. */
    public record HandledRow(String number, String item, String unit, LocalDate handledOn, String decision,
                             String applicant) {
    }

    public record HandledPage(List<HandledRow> rows, int page, int pages) {
    }

    private final CaseFigures cases;
    private final RatingStore store;
    private final SiteDirectory sites;
    private final ServiceItems items;
    private final FieldCipher cipher;
    private final Clock clock;

    ServiceFigures(CaseFigures cases, RatingStore store, SiteDirectory sites, ServiceItems items, FieldCipher cipher,
                   Clock clock) {
        this.cases = cases;
        this.store = store;
        this.sites = sites;
        this.items = items;
        this.cipher = cipher;
        this.clock = clock;
    }

    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The year's figures, one line per unit that received applications or ratings in it. */
    public Figures of(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        ZoneId zone = clock.getZone();
        Map<Long, RatingStore.Counts> ratings = new HashMap<>();
        for (RatingStore.Counts c : store.counts(from.atStartOfDay(zone).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())) {
            ratings.put(c.unitId(), c);
        }
        List<Line> lines = new ArrayList<>();
        long closed = 0;
        long onTime = 0;
        double days = 0;
        long timed = 0;
        for (CaseFigures.Figures f : cases.perUnit(ApplicationType.CODE, from, to)) {
            if (f.unitId() == null) {
                continue;
            }
            RatingStore.Counts r = ratings.remove(f.unitId());
            lines.add(line(unitName(f.unitId()), f, r));
            closed += f.closed();
            onTime += f.closedOnTime();
            if (f.averageWorkingDaysToClose() != null) {
                days += f.averageWorkingDaysToClose() * f.closed();
                timed += f.closed();
            }
        }
        ratings.values().forEach(r -> lines.add(line(unitName(r.unitId()), null, r)));
        Line total = new Line("", sum(lines, Line::received), sum(lines, Line::handled),
                closed == 0 ? null : (double) onTime / closed, timed == 0 ? null : days / timed,
                sum(lines, Line::overdue), sum(lines, Line::rated), sum(lines, Line::good), sum(lines, Line::bad),
                sum(lines, Line::rectified));
        return new Figures(year, lines, total);
    }

    /** 办件公示, page 1 first; a page past the end is the last page. */
    public HandledPage handled(int page) {
        long count = store.handledCount();
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(1, page), pages);
        List<HandledRow> rows = store.handled((p - 1) * PAGE_SIZE, PAGE_SIZE).stream().map(this::row).toList();
        return new HandledPage(rows, p, pages);
    }

    private HandledRow row(RatingStore.Handled h) {
        String name = Answers.open(cipher, h.answers()).getOrDefault(ApplicationForm.NAME, "");
        OffsetDateTime at = h.finishedAt();
        return new HandledRow(h.number(), items.byId(h.itemId()).map(ServiceItem::name).orElse(""),
                unitName(h.unitId()), at == null ? null : at.atZoneSameInstant(clock.getZone()).toLocalDate(),
                h.decision(), NameMask.mask(name));
    }

    private static Line line(String unit, CaseFigures.Figures f, RatingStore.Counts r) {
        return new Line(unit, f == null ? 0 : f.received(), f == null ? 0 : f.closed(),
                f == null ? null : f.onTimeRate(), f == null ? null : f.averageWorkingDaysToClose(),
                f == null ? 0 : f.overdueNow(), r == null ? 0 : r.rated(), r == null ? 0 : r.good(),
                r == null ? 0 : r.bad(), r == null ? 0 : r.rectified());
    }

    private static long sum(List<Line> lines, java.util.function.ToLongFunction<Line> f) {
        return lines.stream().mapToLong(f).sum();
    }

    private String unitName(long id) {
        return sites.unit(id).map(Unit::name).orElse(Objects.toString(id));
    }
}
