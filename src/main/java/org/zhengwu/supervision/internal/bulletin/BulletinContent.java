package org.zhengwu.supervision.internal.bulletin;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.scores.InspectionPoints;
import org.zhengwu.supervision.internal.scores.MonthFigures;
import org.zhengwu.supervision.internal.scores.MonthRanking;
import org.zhengwu.supervision.internal.scores.ScoreItem;
import org.zhengwu.supervision.internal.scores.SiteInspections;
import org.zhengwu.supervision.internal.scores.UnitScore;
import org.zhengwu.supervision.internal.scores.WeekState;
import org.zhengwu.supervision.internal.scores.web.SvgCharts;

/**
 * Writes a month's bulletin from its ranking and the inspection's weeks of that month: an official document is in
 * Chinese whatever the reader's console language. A site is named when an indicator tripped (or could not be
 * measured) in any week of the month, with the columns, pages and links the latest inspection still finds.
 */
@Component
class BulletinContent {

    /** Offenders named per indicator; the rest are counted. */
    static final int NAMED = 5;

    private final MessageSource messages;
    private final SiteDirectory sites;
    private final MonthFigures figures;
    private final String prefix;

    BulletinContent(MessageSource messages, SiteDirectory sites, MonthFigures figures,
                    @Value("${zhengwu.supervision.bulletin-number-prefix:政网通}") String prefix) {
        this.messages = messages;
        this.sites = sites;
        this.figures = figures;
        this.prefix = prefix;
    }

    BulletinDraft draft(Bulletin bulletin, MonthRanking ranking) {
        YearMonth m = bulletin.month();
        String issuer = sites.portal().flatMap(p -> sites.unit(p.unitId())).map(Unit::name)
                .orElse(t("scores.bulletin.issuer.default"));
        List<String> header = new ArrayList<>(List.of(t("scores.col.rank"), t("scores.col.unit")));
        for (ScoreItem.Group g : ScoreItem.Group.values()) {
            header.add(t(g.labelKey()));
        }
        header.add(t("scores.col.total"));
        List<List<String>> rows = new ArrayList<>();
        for (UnitScore s : ranking.scores()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(s.rank()), s.figures().unitName()));
            for (ScoreItem.Group g : ScoreItem.Group.values()) {
                row.add(SvgCharts.number(s.groupPoints(g)));
            }
            row.add(SvgCharts.number(s.total()));
            rows.add(row);
        }
        List<BulletinDraft.SiteProblems> problems = problems(m);
        List<String> summary = new ArrayList<>();
        summary.add(t("scores.bulletin.summary", m.getYear(), m.getMonthValue(), ranking.scores().size(),
                SvgCharts.number(ranking.average())));
        if (!ranking.scores().isEmpty()) {
            UnitScore top = ranking.scores().get(0);
            UnitScore bottom = ranking.scores().get(ranking.scores().size() - 1);
            summary.add(t("scores.bulletin.summary.ends", top.figures().unitName(), SvgCharts.number(top.total()),
                    bottom.figures().unitName(), SvgCharts.number(bottom.total())));
        }
        summary.add(problems.isEmpty() ? t("scores.bulletin.summary.no-problems")
                : t("scores.bulletin.summary.problems", problems.size()));
        return new BulletinDraft(issuer, t("scores.bulletin.number", prefix, bulletin.numberYear(),
                bulletin.numberSeq()), t("scores.bulletin.title", m.getYear(), m.getMonthValue()), summary,
                t("scores.bulletin.ranking", m.getYear(), m.getMonthValue()), header, rows,
                t("scores.bulletin.problems"), problems, t("scores.bulletin.closing"), issuer,
                t("scores.bulletin.date", bulletin.issuedOn().getYear(), bulletin.issuedOn().getMonthValue(),
                        bulletin.issuedOn().getDayOfMonth()));
    }

    private List<BulletinDraft.SiteProblems> problems(YearMonth month) {
        Optional<SiteInspections> source = figures.inspections();
        if (source.isEmpty()) {
            return List.of();
        }
        int weeks = (int) Math.min(520, ChronoUnit.WEEKS.between(month.atDay(1), figures.today()) + 6);
        List<BulletinDraft.SiteProblems> result = new ArrayList<>();
        for (Site site : sites.sites()) {
            Set<Indicator> failed = EnumSet.noneOf(Indicator.class);
            for (WeekState w : source.get().weekly(site.code(), weeks)) {
                if (YearMonth.from(w.weekStart()).equals(month)) {
                    InspectionPoints p = InspectionPoints.of(w.states());
                    failed.addAll(p.vetoes());
                    failed.addAll(p.deductions());
                }
            }
            if (failed.isEmpty()) {
                continue;
            }
            List<IndicatorReading> latest = source.get().latest(site.code());
            List<String> lines = new ArrayList<>();
            for (Indicator indicator : failed) {
                lines.add(line(indicator, latest.stream().filter(r -> r.indicator() == indicator
                        && r.state() != IndicatorState.HEALTHY).findFirst()));
            }
            String unit = sites.unit(site.unitId()).map(Unit::name).orElse("");
            result.add(new BulletinDraft.SiteProblems(t("scores.bulletin.site", site.name(), unit), lines));
        }
        return result;
    }

    private String line(Indicator indicator, Optional<IndicatorReading> reading) {
        String name = messages.getMessage(indicator.labelKey(), null, indicator.name(), Locale.SIMPLIFIED_CHINESE);
        String kind = t(indicator.veto() ? "scores.bulletin.veto" : "scores.bulletin.deduction");
        if (reading.isEmpty()) {
            return t("scores.bulletin.line.fixed", name, kind);
        }
        List<Offender> offenders = reading.get().offenders();
        StringBuilder named = new StringBuilder();
        for (Offender o : offenders.subList(0, Math.min(NAMED, offenders.size()))) {
            named.append(named.isEmpty() ? "" : "；").append(o.label()).append("（").append(o.detail()).append("）");
        }
        if (offenders.size() > NAMED) {
            named.append(t("scores.bulletin.line.more", offenders.size() - NAMED));
        }
        return offenders.isEmpty() ? t("scores.bulletin.line", name, kind, reading.get().summary())
                : t("scores.bulletin.line.named", name, kind, reading.get().summary(), named.toString());
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
