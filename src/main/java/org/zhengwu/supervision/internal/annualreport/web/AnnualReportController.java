package org.zhengwu.supervision.internal.annualreport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.annualreport.AnnualReport;
import org.zhengwu.supervision.internal.annualreport.AnnualReportFiles;
import org.zhengwu.supervision.internal.annualreport.AnnualReports;
import org.zhengwu.supervision.internal.annualreport.ReportProblems;

/**
 * 年度报表 in the console: the sites one may report on, a site's report for a year (the platform's figures shown,
 * the rest a form), saving, publishing on the portal, and the .xlsx and .docx. A refused form is shown again with
 * what was typed and every problem (400); nothing is kept.
 */
@Controller
@RequestMapping("/admin/supervision/annual-report")
class AnnualReportController {

    static final String BASE = "/admin/supervision/annual-report";
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final AnnualReports reports;
    private final AuditTrail audit;

    AnnualReportController(AnnualReports reports, AuditTrail audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("sites", reports.sitesForStaff());
        model.addAttribute("year", reports.thisYear());
        return "admin/supervision/annual-reports";
    }

    @GetMapping("/{site}/{year}")
    String show(@PathVariable String site, @PathVariable String year, Model model) {
        return page(reports.draft(site, year(year)), List.of(), Map.of(), model);
    }

    @PostMapping("/{site}/{year}")
    String save(@PathVariable String site, @PathVariable String year, HttpServletRequest request,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        int y = year(year);
        Map<String, List<String>> form = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        try {
            reports.save(site, y, form);
        } catch (ReportProblems e) {
            response.setStatus(400);
            return page(reports.draft(site, y), e.messages(ui), form, model);
        }
        redirect.addFlashAttribute("notice", ui.t("annual.saved"));
        return "redirect:" + BASE + "/" + site + "/" + y;
    }

    @PostMapping("/{site}/{year}/publish")
    String publish(@PathVariable String site, @PathVariable String year,
                   @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        int y = year(year);
        try {
            reports.publish(site, y);
        } catch (RuleViolation e) {
            response.setStatus(400);
            return page(reports.draft(site, y), List.of(ui.t(e.key(), e.args())), Map.of(), model);
        }
        redirect.addFlashAttribute("notice", ui.t("annual.published", "/ndbb/" + site + "/" + y + ".html"));
        return "redirect:" + BASE + "/" + site + "/" + y;
    }

    /** The report as .xlsx or .docx. */
    @GetMapping("/{site}/{year}/report.{ext}")
    ResponseEntity<byte[]> export(@PathVariable String site, @PathVariable String year, @PathVariable String ext,
                                  @ModelAttribute(name = "ui", binding = false) Ui ui) throws IOException {
        AnnualReport r = reports.draft(site, year(year));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (ext.equals("xlsx")) {
            AnnualReportFiles.xlsx(r, ui::t, out);
            return file(r, ext, XLSX, out.toByteArray());
        }
        if (ext.equals("docx")) {
            AnnualReportFiles.docx(r, ui::t, out);
            return file(r, ext, DOCX, out.toByteArray());
        }
        throw new org.zhengwu.platform.web.NotFound("annual.export.unknown", ext);
    }

    private ResponseEntity<byte[]> file(AnnualReport r, String ext, MediaType type, byte[] body) {
        audit.record(AuditEvent.of("supervision.annual.export", "annual_report", r.site().code() + "/" + r.year(),
                r.site().unitId(), ext));
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(r.site().name() + "-" + r.year() + "年度报表." + ext, StandardCharsets.UTF_8)
                        .build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private String page(AnnualReport r, List<String> problems, Map<String, List<String>> typed, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        return "admin/supervision/annual-report";
    }

    /** The year in the address: four digits, else the page does not exist. */
    private static int year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw new org.zhengwu.platform.web.NotFound("annual.year.unknown", String.valueOf(text));
        }
        return Integer.parseInt(text);
    }
}
