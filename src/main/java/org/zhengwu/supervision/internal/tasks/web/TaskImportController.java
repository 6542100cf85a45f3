package org.zhengwu.supervision.internal.tasks.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.ReportCycle;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.web.Refusals;
import org.zhengwu.supervision.internal.tasks.SupervisedTasks;
import org.zhengwu.supervision.internal.tasks.TaskSource;

/**
 * 任务分解导入: a document's tasks pasted (one a line, tab-separated columns) or as .xlsx; a refusal lists every
 * wrong row in Chinese, keeps what was typed (a file must be chosen again) and stores nothing.
 */
@Controller
@RequestMapping("/admin/supervision/tasks/import")
class TaskImportController {

    private final SupervisedTasks tasks;
    private final UnitScope scope;
    private final SiteDirectory sites;

    TaskImportController(SupervisedTasks tasks, UnitScope scope, SiteDirectory sites) {
        this.tasks = tasks;
        this.scope = scope;
        this.sites = sites;
    }

    @GetMapping
    String form(Model model) {
        scope.requireRole(StaffRole.SUPERVISOR);
        return page(model, List.of(), Map.of("source", "WORK_REPORT", "cycle", "MONTHLY"));
    }

    @PostMapping
    String importTasks(@RequestParam Map<String, String> params,
                       @RequestParam(name = "file", required = false) MultipartFile file,
                       @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                       jakarta.servlet.http.HttpServletResponse response) throws IOException {
        scope.requireRole(StaffRole.SUPERVISOR);
        SupervisedTasks.Batch batch = new SupervisedTasks.Batch(params.get("source"), params.get("sourceTitle"),
                params.get("cycle"), "on".equals(params.get("publicKeyTasks")), params.get("defaultUnit"),
                params.get("defaultLeader"), params.get("defaultDeadline"));
        try {
            List<String> numbers = file != null && !file.isEmpty()
                    ? tasks.importWorkbook(batch, file.getInputStream())
                    : tasks.importPasted(batch, params.get("text"));
            redirect.addFlashAttribute("notice", ui.t("tasks.import.done", numbers.size()));
            return "redirect:/admin/supervision/tasks";
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, Refusals.messages(e, ui), Refusals.typed(params, ""));
        }
    }

    private String page(Model model, List<String> problems, Map<String, String> typed) {
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("sources", List.of(TaskSource.values()));
        model.addAttribute("cycles", List.of(ReportCycle.values()));
        model.addAttribute("units", sites.units());
        return "admin/supervision/tasks/import";
    }
}
