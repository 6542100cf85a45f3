package org.zhengwu.supervision.internal.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.ReportCycle;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.ReportForm;
import org.zhengwu.supervision.internal.reporting.ReportForms;
import org.zhengwu.supervision.internal.reporting.ReportOverview;
import org.zhengwu.supervision.internal.reporting.ReportWorkbook;

/**
 * 报表管理 for the supervisors: the forms, a new form (fields one a line; a refusal keeps what was typed), a form's
 * units, who has and has not reported in a period, its figures over a range of periods, and those as .xlsx.
 */
@Controller
@RequestMapping("/admin/supervision/report-forms")
class ReportFormController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportForms forms;
    private final ReportOverview overview;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final Clock clock;

    ReportFormController(ReportForms forms, ReportOverview overview, SiteDirectory sites, UnitScope scope, Clock clock) {
        this.forms = forms;
        this.overview = overview;
        this.sites = sites;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        scope.requireRole(StaffRole.SUPERVISOR);
        model.addAttribute("forms", forms.all());
        return "admin/supervision/reporting/forms";
    }

    @GetMapping("/new")
    String blank(Model model) {
        scope.requireRole(StaffRole.SUPERVISOR);
        return define(model, new FormProblems(List.of()), Map.of("cycle", "MONTHLY", "deadlineDays", "5"));
    }

    @PostMapping("/new")
    String create(@RequestParam Map<String, String> params, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        try {
            ReportForm f = forms.define(params.get("code"), params.get("name"), params.get("cycle"),
                    params.get("deadlineDays"), params.get("fields"));
            redirect.addFlashAttribute("notice", ui.t("reporting.define.done", f.name()));
            return "redirect:/admin/supervision/report-forms/" + f.id();
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return define(model, Refusals.problems(e, ui), Refusals.typed(params, ""));
        }
    }

    private String define(Model model, FormProblems problems, Map<String, String> typed) {
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("cycles", List.of(ReportCycle.values()));
        return "admin/supervision/reporting/define";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String period,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        scope.requireRole(StaffRole.SUPERVISOR);
        ReportForm form = forms.get(id);
        List<LocalDate> periods = overview.periods(id);
        LocalDate chosen = date(period, periods.isEmpty() ? null : periods.get(0));
        LocalDate first = periods.isEmpty() ? LocalDate.now(clock) : periods.get(periods.size() - 1);
        LocalDate last = periods.isEmpty() ? LocalDate.now(clock) : periods.get(0);
        model.addAttribute("form", form);
        model.addAttribute("periods", periods);
        model.addAttribute("chosen", chosen);
        model.addAttribute("rows", chosen == null ? List.of() : overview.period(id, chosen));
        model.addAttribute("aggregate", overview.aggregate(id, date(from, first), date(to, last), this::unitName));
        model.addAttribute("assigned", forms.unitsOf(id));
        model.addAttribute("units", sites.units());
        model.addAttribute("unitName", (LongFunction<String>) this::unitName);
        model.addAttribute("today", LocalDate.now(clock));
        return "admin/supervision/reporting/form";
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(name = "unit", required = false) List<Long> units,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        try {
            int added = forms.assign(id, units);
            redirect.addFlashAttribute("notice", ui.t("reporting.assign.done", added));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/supervision/report-forms/" + id;
    }

    @GetMapping("/{id}/figures.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) throws IOException {
        scope.requireRole(StaffRole.SUPERVISOR);
        ReportForm form = forms.get(id);
        List<LocalDate> periods = overview.periods(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate f = date(from, periods.isEmpty() ? today : periods.get(periods.size() - 1));
        LocalDate t = date(to, periods.isEmpty() ? today : periods.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(overview.aggregate(id, f, t, this::unitName), out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(form.name() + "-汇总.xlsx", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore()).body(out.toByteArray());
    }

    String unitName(long id) {
        return sites.unit(id).map(Unit::name).orElse("#" + id);
    }

    private static LocalDate date(String s, LocalDate otherwise) {
        if (s == null || s.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
