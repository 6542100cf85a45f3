package org.zhengwu.supervision.internal.investment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.investment.Project;
import org.zhengwu.supervision.internal.investment.Projects;
import org.zhengwu.supervision.internal.investment.Source;
import org.zhengwu.supervision.internal.investment.Stage;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.web.Refusals;

/**
 * 招商项目库: the list (stalled projects marked), a project with its stages and months, and the unit's forms: a new
 * project, its particulars, the next stage with date and evidence, a month's 合同引资 and 到位资金. A refused form
 * comes back with every problem linked to its field and what was typed.
 */
@Controller
class ProjectsController {

    private static final String BASE = "/admin/supervision/investment";

    private final Projects projects;
    private final SiteDirectory sites;
    private final Clock clock;

    ProjectsController(Projects projects, SiteDirectory sites, Clock clock) {
        this.projects = projects;
        this.sites = sites;
        this.clock = clock;
    }

    LongFunction<String> unitNames() {
        return id -> sites.unit(id).map(Unit::name).orElse("#" + id);
    }

    @GetMapping(BASE)
    String list(Model model) {
        List<Project> all = projects.list();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("projects", all);
        model.addAttribute("stalled", all.stream().filter(p -> p.stalled(today, projects.stalledMonths()))
                .map(Project::id).toList());
        model.addAttribute("stalledMonths", projects.stalledMonths());
        model.addAttribute("unitName", unitNames());
        return "admin/supervision/investment/projects";
    }

    @GetMapping(BASE + "/new")
    String newForm(Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("stage", Stage.LEAD.name());
        typed.put("stageOn", LocalDate.now(clock).toString());
        return form(model, null, typed, FormProblems.none());
    }

    @PostMapping(BASE + "/new")
    String create(@RequestParam Map<String, String> params, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> typed = Refusals.typed(params, "p.");
        try {
            long id = projects.create(typed);
            redirect.addFlashAttribute("notice", ui.t("investment.project.created"));
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, typed, Refusals.problems(e, ui));
        }
    }

    @GetMapping(BASE + "/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Project p = projects.page(id).project();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", p.name());
        typed.put("investor", p.investor());
        typed.put("industry", p.industry());
        typed.put("source", p.source().name());
        typed.put("amount", p.amount().stripTrailingZeros().toPlainString());
        typed.put("leader", p.leader());
        return form(model, id, typed, FormProblems.none());
    }

    @PostMapping(BASE + "/{id:\\d+}/edit")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Map<String, String> typed = Refusals.typed(params, "p.");
        try {
            projects.update(id, typed);
            redirect.addFlashAttribute("notice", ui.t("investment.project.saved"));
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, id, typed, Refusals.problems(e, ui));
        }
    }

    private String form(Model model, Long id, Map<String, String> typed, FormProblems problems) {
        model.addAttribute("id", id);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("sources", List.of(Source.values()));
        model.addAttribute("stages", List.of(Stage.values()));
        return "admin/supervision/investment/form";
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return page(model, id, Map.of("month", YearMonth.now(clock).toString()), FormProblems.none());
    }

    @PostMapping(BASE + "/{id:\\d+}/stage")
    String stage(@PathVariable long id, @RequestParam Map<String, String> params,
                 @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        return step(id, params, ui, model, redirect, response, "investment.stage.done",
                () -> projects.advance(id, params.get("stage"), params.get("stageOn"), params.get("evidence")));
    }

    @PostMapping(BASE + "/{id:\\d+}/month")
    String month(@PathVariable long id, @RequestParam Map<String, String> params,
                 @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        return step(id, params, ui, model, redirect, response, "investment.month.done",
                () -> projects.recordMonth(id, params.get("month"), params.get("contracted"), params.get("inPlace")));
    }

    private String step(long id, Map<String, String> params, Ui ui, Model model, RedirectAttributes redirect,
                        HttpServletResponse response, String doneKey, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("notice", ui.t(doneKey));
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, id, Refusals.typed(params, ""), Refusals.problems(e, ui));
        }
    }

    private String page(Model model, long id, Map<String, String> typed, FormProblems problems) {
        Projects.Page page = projects.page(id);
        model.addAttribute("p", page);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("unitName", unitNames());
        model.addAttribute("stalledMonths", projects.stalledMonths());
        model.addAttribute("later", List.of(Stage.values()).stream()
                .filter(s -> s.compareTo(page.project().stage()) > 0).toList());
        return "admin/supervision/investment/project";
    }
}
