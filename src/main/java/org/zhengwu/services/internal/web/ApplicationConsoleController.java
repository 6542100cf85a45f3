package org.zhengwu.services.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.services.internal.application.ApplicationFlow;
import org.zhengwu.services.internal.application.ApplicationHandling;
import org.zhengwu.services.internal.application.ApplicationState;
import org.zhengwu.services.internal.application.InvalidApplication;
import org.zhengwu.services.internal.application.Problem;
import org.zhengwu.services.internal.application.QueuePage;
import org.zhengwu.services.internal.application.Upload;

/**
 * 网上申报 in the console: the queue with its deadlines, one application, its steps and 审查意见, its files. Who may
 * see and do what is {@link ApplicationHandling}'s check; a refused step comes back as a message and changes nothing.
 * The ledger is the case engine's, filtered to applications.
 */
@Controller
@RequestMapping("/admin/services/applications")
class ApplicationConsoleController {

    static final String LEDGER = "/admin/cases/ledger.xlsx?type=application";

    private final ApplicationHandling handling;
    private final ApplicationRows rows;

    ApplicationConsoleController(ApplicationHandling handling, ApplicationRows rows) {
        this.handling = handling;
        this.rows = rows;
    }

    /** The queue, a page at a time; the state filter stays in the pager's links. */
    @GetMapping
    String queue(@RequestParam(required = false) String state, @RequestParam(required = false) String page,
                 Model model) {
        ApplicationState s = Arrays.stream(ApplicationState.values()).filter(v -> v.name().equals(state)).findFirst()
                .orElse(null);
        QueuePage found = handling.queue(s, Math.max(1, ServiceApi.positive(page, 1)));
        model.addAttribute("rows", rows.of(found.records()));
        model.addAttribute("page", found);
        model.addAttribute("query", s == null ? "" : "&state=" + s.name());
        model.addAttribute("state", s);
        model.addAttribute("ledger", LEDGER);
        return "admin/services/applications";
    }

    @GetMapping("/{number}")
    String show(@PathVariable String number, Model model) {
        model.addAttribute("v", handling.open(number));
        model.addAttribute("steps", ApplicationFlow.Step.values());
        return "admin/services/application";
    }

    @PostMapping("/{number}/step")
    String step(@PathVariable String number, @RequestParam(required = false) String step,
                @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile result,
                @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        Optional<ApplicationFlow.Step> s = Arrays.stream(ApplicationFlow.Step.values())
                .filter(v -> v.name().equals(step)).findFirst();
        try {
            if (s.isEmpty()) {
                throw new RuleViolation("service.application.step.refused", "-", String.valueOf(step));
            }
            Upload file = result == null ? null : new Upload(result.getOriginalFilename(), result.getSize(), result);
            handling.act(number, s.get(), note, file);
            redirect.addFlashAttribute("notice", ui.t("service.application.done", ui.t("service.application.step." + s.get().name())));
        } catch (InvalidApplication e) {
            redirect.addFlashAttribute("error", String.join("；", e.problems().stream()
                    .map((Problem p) -> ui.t(p.key(), p.args())).toList()));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/services/applications/" + number;
    }

    @PostMapping("/{number}/opinion")
    String opinion(@PathVariable String number, @RequestParam(required = false) String opinion,
                   @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        try {
            handling.addOpinion(number, opinion);
            redirect.addFlashAttribute("notice", ui.t("service.application.opinion.added"));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/services/applications/" + number;
    }

    @GetMapping("/{number}/files/{position}")
    void file(@PathVariable String number, @PathVariable int position, HttpServletResponse response) throws IOException {
        Path file = handling.file(number, position).orElseThrow(() -> new NotFound("service.application.not-found", number));
        String ext = file.getFileName().toString().replaceFirst(".*\\.", "").toLowerCase(Locale.ROOT);
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + number + "-" + position + "." + ext + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
