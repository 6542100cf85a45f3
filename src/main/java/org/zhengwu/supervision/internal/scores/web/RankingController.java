package org.zhengwu.supervision.internal.scores.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.scores.MonthRanking;
import org.zhengwu.supervision.internal.scores.Rankings;

/** 考核排名: the month's unit scores, the bar chart of the ranking with the same figures as a table, and .xlsx. */
@Controller
@RequestMapping("/admin/supervision/ranking")
class RankingController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Rankings rankings;

    RankingController(Rankings rankings) {
        this.rankings = rankings;
    }

    @GetMapping
    String page(@RequestParam(required = false) String month, @ModelAttribute(name = "ui", binding = false) Ui ui,
                Model model) {
        YearMonth m;
        try {
            m = rankings.month(month);
        } catch (RuleViolation e) {
            m = rankings.thisMonth();
            model.addAttribute("error", FormError.of(e));
        }
        MonthRanking ranking = rankings.of(m);
        model.addAttribute("ranking", ranking);
        model.addAttribute("chart", chart(ranking, ui));
        model.addAttribute("thisMonth", rankings.thisMonth().toString());
        return "admin/supervision/scores/ranking";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String month,
                                  @ModelAttribute(name = "ui", binding = false) Ui ui) throws IOException {
        MonthRanking ranking = rankings.of(rankings.month(month));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingWorkbook.write(ranking, ui::t, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("考核排名-" + ranking.month() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(out.toByteArray());
    }

    static String chart(MonthRanking ranking, Ui ui) {
        List<SvgCharts.Datum> bars = ranking.scores().stream()
                .map(s -> new SvgCharts.Datum(s.figures().unitName(), s.total())).toList();
        return SvgCharts.bars("ranking-chart", ui.t("scores.ranking.chart.title", ranking.month().getYear(),
                        ranking.month().getMonthValue()),
                ui.t("scores.ranking.chart.desc", ranking.scores().size(), SvgCharts.number(ranking.average())), bars);
    }
}
