package org.zhengwu.interaction.internal.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseFigures;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.internal.LetterType;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The hall's statistics per mailbox and per unit for a period: received, answered (办结), answered on time and its
 * rate, the average working days from assignment to answer on the calendar (all from the case engine's
 * {@link CaseFigures}), and the writers' ratings given in the period (满意 / 基本满意 / 不满意, and the share of the
 * first two). A letter refused (不予受理) is closed for the case engine but answered by nobody: it is taken out of a
 * mailbox's answered letters (it never had a unit, so no unit counts it). Aggregates only: no letter, no writer.
 */
@Service
public class LetterStatistics {

    private final CaseFigures figures;
    private final StatisticsStore store;
    private final Mailboxes mailboxes;
    private final SiteDirectory sites;
    private final Clock clock;

    LetterStatistics(CaseFigures figures, StatisticsStore store, Mailboxes mailboxes, SiteDirectory sites,
                     Clock clock) {
        this.figures = figures;
        this.store = store;
        this.mailboxes = mailboxes;
        this.sites = sites;
        this.clock = clock;
    }

    /** The period as typed (refused with a readable reason when it is not one). */
    public StatisticsPeriod period(String year, String month) {
        return StatisticsPeriod.of(year, month, today());
    }

    public StatisticsPeriod thisYear() {
        return new StatisticsPeriod(today().getYear(), null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public StatisticsReport report(StatisticsPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, Long> refused = store.refusedPerMailbox(from, to);
        StatisticsStore.Ratings ratings = store.ratings(from, to);
        Map<String, CaseFigures.Figures> perMailbox = new HashMap<>();
        figures.perCategory(LetterType.CODE, from, to).forEach(f -> perMailbox.put(f.category(), f));
        List<StatisticsReport.Line> mailboxLines = new ArrayList<>();
        for (Mailbox box : mailboxes.all()) {
            CaseFigures.Figures f = perMailbox.get(box.code());
            long[] r = ratings.perMailbox().getOrDefault(box.id(), new long[3]);
            if (f == null && !box.enabled() && r[0] + r[1] + r[2] == 0) {
                continue;
            }
            mailboxLines.add(line(box.name(), f, refused.getOrDefault(box.code(), 0L), r));
        }
        List<StatisticsReport.Line> unitLines = new ArrayList<>();
        Map<Long, CaseFigures.Figures> perUnit = new HashMap<>();
        figures.perUnit(LetterType.CODE, from, to).stream().filter(f -> f.unitId() != null)
                .forEach(f -> perUnit.put(f.unitId(), f));
        for (Unit u : sites.units()) {
            CaseFigures.Figures f = perUnit.get(u.id());
            long[] r = ratings.perUnit().getOrDefault(u.id(), new long[3]);
            if (f == null && r[0] + r[1] + r[2] == 0) {
                continue;
            }
            unitLines.add(line(u.name(), f, 0, r));
        }
        return new StatisticsReport(period, mailboxLines, unitLines, StatisticsReport.Line.total(mailboxLines));
    }

    private static StatisticsReport.Line line(String name, CaseFigures.Figures f, long refused, long[] ratings) {
        if (f == null) {
            return new StatisticsReport.Line(name, 0, 0, 0, null, ratings[0], ratings[1], ratings[2]);
        }
        long answered = Math.max(0, f.closed() - refused);
        return new StatisticsReport.Line(name, f.received(), answered, f.closedOnTime(), f.averageWorkingDaysToClose(),
                ratings[0], ratings[1], ratings[2]);
    }
}
