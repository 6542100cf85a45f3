package org.zhengwu.supervision.internal.scores.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.scores.MonthRanking;
import org.zhengwu.supervision.internal.scores.Rankings;
import org.zhengwu.supervision.internal.scores.Scorecards;

/** 看板 (the sites by standing, this month's ranking, the weekly trend) and each site's scorecard. */
@Controller
@RequestMapping("/admin/supervision")
class ScorecardController {

    private final Scorecards scorecards;
    private final Rankings rankings;

    ScorecardController(Scorecards scorecards, Rankings rankings) {
        this.scorecards = scorecards;
        this.rankings = rankings;
    }

    @GetMapping("/dashboard")
    String dashboard(@ModelAttribute(name = "ui", binding = false) Ui ui, Model model) {
        Scorecards.Dashboard dashboard = scorecards.dashboard();
        MonthRanking ranking = rankings.of(rankings.thisMonth());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("ranking", ranking);
        model.addAttribute("rankingChart", RankingController.chart(ranking, ui));
        model.addAttribute("trendChart", SvgCharts.line("trend-chart", ui.t("scores.trend.chart.title"),
                ui.t("scores.trend.chart.desc", dashboard.trend().size()), dashboard.trend().stream()
                        .map(p -> new SvgCharts.Datum(p.weekStart().getMonthValue() + "/" + p.weekStart().getDayOfMonth(),
                                p.meanPoints())).toList()));
        return "admin/supervision/scores/dashboard";
    }

    @GetMapping("/sites/{code}")
    String scorecard(@PathVariable String code, @ModelAttribute(name = "ui", binding = false) Ui ui, Model model) {
        Scorecards.Scorecard card = scorecards.of(code).orElseThrow(() -> new NotFound("scores.site.not-found"));
        model.addAttribute("card", card);
        List<SvgCharts.Datum> weeks = card.weeks().stream()
                .map(w -> new SvgCharts.Datum(w.weekStart().getMonthValue() + "/" + w.weekStart().getDayOfMonth(),
                        w.points().points())).toList();
        model.addAttribute("weekChart", SvgCharts.line("week-chart", ui.t("scores.scorecard.chart.title",
                card.site().name()), ui.t("scores.scorecard.chart.desc", weeks.size()), weeks));
        return "admin/supervision/scores/scorecard";
    }
}
