package org.zhengwu.supervision.internal.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.cases.Cases;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.ReportDesk;
import org.zhengwu.supervision.internal.reporting.Submission;
import org.zhengwu.supervision.internal.reporting.ReportQueue;

/**
 * 报表报送: a unit's reports (due, returned, submitted), one report's page where the unit fills in and submits it (a
 * refusal names each wrong field and keeps what was typed) and where the supervisor approves or returns it with a
 * reason; and the case engine's link to a report.
 */
@Controller
@RequestMapping("/admin/supervision/reports")
class ReportController {

    private final ReportDesk desk;
    private final ReportQueue queue;
    private final Cases cases;
    private final SiteDirectory sites;
    private final Clock clock;

    ReportController(ReportDesk desk, ReportQueue queue, Cases cases, SiteDirectory sites, Clock clock) {
        this.desk = desk;
        this.queue = queue;
        this.cases = cases;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<Submission> rows = queue.mine();
        model.addAttribute("rows", rows);
        // what each report is about (form, unit, subject such as a station, period), as its case names it
        Map<Long, String> subjects = new java.util.HashMap<>();
        rows.forEach(r -> cases.find(r.caseId()).ifPresent(c -> subjects.put(r.id(), c.subject())));
        model.addAttribute("subjects", subjects);
        model.addAttribute("unitName", (LongFunction<String>) this::unitName);
        model.addAttribute("today", LocalDate.now(clock));
        return "admin/supervision/reporting/reports";
    }

    @GetMapping("/case/{caseId}")
    String ofCase(@PathVariable long caseId) {
        return "redirect:/admin/supervision/reports/" + desk.reportOfCase(caseId);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, model, new FormProblems(List.of()), null);
    }

    @PostMapping("/{id}")
    String submit(@PathVariable long id, @RequestParam Map<String, String> params,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                  jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> typed = Refusals.typed(params, "f.");
        try {
            desk.submit(id, typed);
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, model, Refusals.problems(e, ui), typed);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
            return "redirect:/admin/supervision/reports/" + id;
        }
        redirect.addFlashAttribute("notice", ui.t("reporting.submit.done"));
        return "redirect:/admin/supervision/reports/" + id;
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                   RedirectAttributes redirect) {
        return decide(id, ui, redirect, "reporting.approve.done", () -> desk.approve(id));
    }

    @PostMapping("/{id}/return")
    String returnIt(@PathVariable long id, @RequestParam(required = false) String reason,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return decide(id, ui, redirect, "reporting.return.done", () -> desk.returnReport(id, reason));
    }

    /** The supervisor's decision: done, or the rule that refused it, shown on the report's page. */
    private String decide(long id, Ui ui, RedirectAttributes redirect, String doneKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", ui.t(doneKey));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/supervision/reports/" + id;
    }

    private String page(long id, Model model, FormProblems problems, Map<String, String> typed) {
        ReportDesk.Report r = desk.report(id);
        model.addAttribute("r", r);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("history", cases.history(r.submission().caseId()));
        model.addAttribute("unitName", (LongFunction<String>) this::unitName);
        model.addAttribute("today", LocalDate.now(clock));
        return "admin/supervision/reporting/report";
    }

    private String unitName(long id) {
        return sites.unit(id).map(Unit::name).orElse("#" + id);
    }
}
