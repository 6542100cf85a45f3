package org.zhengwu.supervision.internal.tasks.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.tasks.SupervisedTasks;
import org.zhengwu.supervision.internal.tasks.TaskLedger;
import org.zhengwu.supervision.internal.tasks.TaskViews;

/**
 * 督办事项: the list with marks, one task (progress form for the lead unit; 催办, 提级督办, 确认办结 or 退回 for the
 * supervisors), the ledger as .xlsx, and 督办超期, the leader's view of everything red.
 */
@Controller
class TasksController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TaskViews views;
    private final SupervisedTasks tasks;
    private final TaskTexts texts;
    private final Clock clock;

    TasksController(TaskViews views, SupervisedTasks tasks, TaskTexts texts, Clock clock) {
        this.views = views;
        this.tasks = tasks;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/admin/supervision/tasks")
    String list(Model model) {
        return rows(model, views.list(), "admin/supervision/tasks/tasks");
    }

    @GetMapping("/admin/supervision/overdue")
    String overdue(Model model) {
        return rows(model, views.overdue(), "admin/supervision/tasks/overdue");
    }

    private String rows(Model model, List<TaskViews.Row> rows, String view) {
        model.addAttribute("rows", rows);
        model.addAttribute("unitName", texts.unitNames());
        return view;
    }

    @GetMapping("/admin/supervision/tasks/number/{number}")
    String byNumber(@PathVariable String number) {
        return "redirect:/admin/supervision/tasks/" + views.idOfNumber(number);
    }

    @GetMapping("/admin/supervision/tasks/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("p", views.page(id));
        model.addAttribute("unitName", texts.unitNames());
        model.addAttribute("today", LocalDate.now(clock));
        return "admin/supervision/tasks/task";
    }

    @PostMapping("/admin/supervision/tasks/{id:\\d+}/progress")
    String progress(@PathVariable long id, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String progress, @RequestParam(required = false) String reason,
                    @RequestParam(name = "milestone", required = false) List<Integer> milestones,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return step(id, ui, redirect, "tasks.progress.done", () -> tasks.reportProgress(id, status, progress, reason,
                milestones), () -> {
            redirect.addFlashAttribute("typedProgress", progress);
            redirect.addFlashAttribute("typedReason", reason);
        });
    }

    @PostMapping("/admin/supervision/tasks/{id:\\d+}/urge")
    String urge(@PathVariable long id, @RequestParam(required = false) String note,
                @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return step(id, ui, redirect, "tasks.urge.done", () -> tasks.urge(id, note), () -> { });
    }

    @PostMapping("/admin/supervision/tasks/{id:\\d+}/escalate")
    String escalate(@PathVariable long id, @RequestParam(required = false) String reason,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return step(id, ui, redirect, "tasks.escalate.done", () -> tasks.escalate(id, reason), () -> { });
    }

    @PostMapping("/admin/supervision/tasks/{id:\\d+}/complete")
    String complete(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                    RedirectAttributes redirect) {
        return step(id, ui, redirect, "tasks.complete.done", () -> tasks.confirmDone(id), () -> { });
    }

    @PostMapping("/admin/supervision/tasks/{id:\\d+}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return step(id, ui, redirect, "tasks.send-back.done", () -> tasks.sendBack(id, reason), () -> { });
    }

    private String step(long id, Ui ui, RedirectAttributes redirect, String doneKey, Runnable work, Runnable keep) {
        try {
            work.run();
            redirect.addFlashAttribute("notice", ui.t(doneKey));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
            keep.run();
        }
        return "redirect:/admin/supervision/tasks/" + id;
    }

    @GetMapping("/admin/supervision/tasks/ledger.xlsx")
    ResponseEntity<byte[]> ledger(@ModelAttribute(name = "ui", binding = false) Ui ui) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskLedger.write(views.ledger(), texts.unitNames(), r -> texts.status(ui, r), out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("督办事项台账-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore()).body(out.toByteArray());
    }
}
