package org.zhengwu.interaction.internal.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.zhengwu.interaction.internal.LetterAccess;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;

/**
 * The hall's statistics in the console ({@code /admin/letters/statistics}) for everyone who works on letters, with
 * the same figures as the public page and an .xlsx export of them.
 */
@Controller
@RequestMapping("/admin/letters/statistics")
class StatisticsConsoleController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LetterStatistics statistics;
    private final LetterAccess access;

    StatisticsConsoleController(LetterStatistics statistics, LetterAccess access) {
        this.statistics = statistics;
        this.access = access;
    }

    @GetMapping
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String month,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model) {
        access.requireLetterRole();
        StatisticsPeriod period;
        try {
            period = statistics.period(year, month);
        } catch (RuleViolation e) {
            period = statistics.thisYear();
            model.addAttribute("error", FormError.of(e));
        }
        StatisticsReport report = statistics.report(period);
        model.addAttribute("report", report);
        model.addAttribute("summary", ui.t("interaction.statistics.summary", ui.t(period.labelKey(statistics.today()), period.labelArgs()),
                report.total().received(), report.total().answered(),
                StatisticsReport.percent(report.total().onTimeRate()),
                StatisticsReport.percent(report.total().satisfactionRate())));
        model.addAttribute("thisYear", statistics.today().getYear());
        return "admin/interaction/statistics";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String year,
                                  @RequestParam(required = false) String month,
                                  @ModelAttribute(name = "ui", binding = false) Ui ui) throws IOException {
        access.requireLetterRole();
        StatisticsPeriod period = statistics.period(year, month);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsWorkbook.write(statistics.report(period), ui::t, out);
        String name = "来信统计-" + period.year() + (period.month() == null ? "" : String.format("-%02d", period.month()))
                + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(out.toByteArray());
    }
}
