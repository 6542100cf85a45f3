package org.zhengwu.cases.internal.web;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.JointReview;
import org.zhengwu.cases.internal.CaseAccess;
import org.zhengwu.cases.internal.CaseFile;
import org.zhengwu.cases.internal.CaseQueries;
import org.zhengwu.cases.internal.CaseQueries.ConsoleStep;
import org.zhengwu.cases.internal.CaseTypes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;

/**
 * The engine's own console pages: 待办 (the cases of one's unit, or all for the group roles), one case with its
 * history and the forms the person may use (transfer, return, extension request, extension decision, pause and
 * resume, a joint-review answer), and the
 * supervisors' queue of extension requests. Each step is checked twice: here before any input is read (a refusal is
 * audited and answered with 403) and again by the engine.
 */
@Controller
@RequestMapping("/admin/cases")
class CasesController {

    private final Cases cases;
    private final CaseQueries queries;
    private final CaseTypes types;
    private final CaseTexts texts;
    private final SiteDirectory sites;

    CasesController(Cases cases, CaseQueries queries, CaseTypes types, CaseTexts texts, SiteDirectory sites) {
        this.cases = cases;
        this.queries = queries;
        this.types = types;
        this.texts = texts;
        this.sites = sites;
    }

    @GetMapping
    String todo(@RequestParam(required = false) String page, Model model) {
        int p = Paging.page(page);
        CaseQueries.Page result = queries.todo(p);
        model.addAttribute("result", result);
        model.addAttribute("pager", Paging.of(p, result.total(), CaseQueries.PAGE_SIZE, "/admin/cases?page="));
        model.addAttribute("texts", texts);
        model.addAttribute("names", texts.names());
        StaffPrincipal reader = queries.reader();
        model.addAttribute("supervisor", reader.role() == StaffRole.SUPERVISOR);
        model.addAttribute("jointQueue", CaseAccess.unitScope(reader) == null ? List.of() : cases.jointReviewQueue());
        return "admin/cases/todo";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, queries.view(id), StepForm.none());
    }

    @PostMapping("/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) String days,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        StepForm form = new StepForm("transfer", null, unit, reason, days, null, null);
        return submit(id, ConsoleStep.TRANSFER, form, model, () -> {
            long to = unit(unit);
            CaseView v = cases.transfer(id, to, reason, optionalDays(days));
            redirect.addFlashAttribute("notice", ui.t("cases.transferred", v.reference(), texts.unitName(to)));
            return afterStep(v);
        });
    }

    @PostMapping("/{id}/return")
    String returnToDispatcher(@PathVariable long id, @RequestParam(required = false) String reason,
                              @RequestParam(required = false) String state,
                              @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                              RedirectAttributes redirect) {
        StepForm form = new StepForm("return", null, null, reason, null, state, null);
        return submit(id, ConsoleStep.RETURN, form, model, () -> {
            CaseView v = cases.returnToDispatcher(id, reason, state);
            redirect.addFlashAttribute("notice", ui.t("cases.returned", v.reference()));
            return "redirect:/admin/cases";
        });
    }

    @PostMapping("/{id}/extension")
    String requestExtension(@PathVariable long id, @RequestParam(required = false) String days,
                            @RequestParam(required = false) String reason,
                            @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                            RedirectAttributes redirect) {
        StepForm form = new StepForm("extension", null, null, reason, days, null, null);
        return submit(id, ConsoleStep.REQUEST_EXTENSION, form, model, () -> {
            CaseView v = cases.requestExtension(id, days(days), reason);
            redirect.addFlashAttribute("notice", ui.t("cases.extension.requested", v.reference(),
                    v.extensionRequested()));
            return "redirect:/admin/cases/" + id;
        });
    }

    @PostMapping("/{id}/extension/decision")
    String decideExtension(@PathVariable long id, @RequestParam(required = false) String decision,
                           @RequestParam(required = false) String reason,
                           @RequestParam(required = false) String from,
                           @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                           RedirectAttributes redirect) {
        StepForm form = new StepForm("decision", null, null, reason, null, null, decision);
        return submit(id, ConsoleStep.DECIDE_EXTENSION, form, model, () -> {
            if (!"approve".equals(decision) && !"refuse".equals(decision)) {
                throw new RuleViolation("cases.extension.decision.choose");
            }
            boolean approve = "approve".equals(decision);
            CaseView v = cases.decideExtension(id, approve, reason);
            redirect.addFlashAttribute("notice", approve
                    ? ui.t("cases.extension.approved", v.reference(), v.deadline())
                    : ui.t("cases.extension.refused", v.reference()));
            return "queue".equals(from) ? "redirect:/admin/cases/extensions" : "redirect:/admin/cases/" + id;
        });
    }

    @PostMapping("/{id}/pause")
    String pause(@PathVariable long id, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String reason,
                 @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        StepForm form = new StepForm("pause", null, null, reason, null, kind, null);
        return submit(id, ConsoleStep.PAUSE, form, model, () -> {
            CaseView v = cases.pause(id, kind, reason);
            redirect.addFlashAttribute("notice", ui.t("cases.pause.done", v.reference()));
            return "redirect:/admin/cases/" + id;
        });
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id, @RequestParam(required = false) String reason,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        StepForm form = new StepForm("resume", null, null, reason, null, null, null);
        return submit(id, ConsoleStep.RESUME, form, model, () -> {
            CaseView v = cases.resume(id, reason);
            redirect.addFlashAttribute("notice", ui.t("cases.resume.done", v.reference(), v.deadline()));
            return "redirect:/admin/cases/" + id;
        });
    }

    @PostMapping("/{id}/joint/start")
    String startJointReview(@PathVariable long id, @RequestParam(name = "unit", required = false) List<String> units,
                            @RequestParam(required = false) String days, @RequestParam(required = false) String reason,
                            @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                            RedirectAttributes redirect) {
        StepForm form = new StepForm("joint-start", null, units == null ? "" : String.join(",", units), reason, days,
                null, null);
        return submit(id, ConsoleStep.START_JOINT_REVIEW, form, model, () -> {
            JointReview r = cases.startJointReview(id, unitIds(units), days(days), reason);
            redirect.addFlashAttribute("notice", ui.t("cases.joint.started", r.branches().size(),
                    r.branches().get(0).deadline()));
            return "redirect:/admin/cases/" + id;
        });
    }

    /** The asked unit's answer: only staff who may read the case (its unit was asked) get as far as the form. */
    @PostMapping("/{id}/joint")
    String answerJointReview(@PathVariable long id, @RequestParam(required = false) String decision,
                             @RequestParam(required = false) String reason,
                             @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                             RedirectAttributes redirect) {
        String reference = queries.view(id).view().reference();
        StepForm form = new StepForm("joint", null, null, reason, null, null, decision);
        return submit(id, ConsoleStep.ANSWER_JOINT_REVIEW, form, model, () -> {
            if (!"agree".equals(decision) && !"disagree".equals(decision)) {
                throw new RuleViolation("cases.joint.decision.choose");
            }
            cases.answerJointReview(id, queries.reader().unitId(), "agree".equals(decision), reason);
            redirect.addFlashAttribute("notice", ui.t("cases.joint.answer.done", reference));
            return "redirect:/admin/cases/" + id;
        });
    }

    @GetMapping("/extensions")
    String extensions(Model model) {
        model.addAttribute("requests", queries.pendingExtensions());
        model.addAttribute("texts", texts);
        return "admin/cases/extensions";
    }

    /**
     * Takes a step from a form of the case page: refused (403, audited) before any input is read if the person may
     * not take it; a rule the input breaks shows the page again with the form as sent and the message at its field.
     */
    private String submit(long id, ConsoleStep step, StepForm form, Model model, Supplier<String> run) {
        CaseFile f = queries.forStep(id, step);
        try {
            return run.get();
        } catch (RuleViolation e) {
            return page(model, f, refused(form, e));
        }
    }

    /** After a transfer the person may no longer see the case: back to the list then. */
    private String afterStep(CaseView v) {
        StaffPrincipal p = queries.reader();
        return CaseAccess.mayView(p, v) ? "redirect:/admin/cases/" + v.id()
                : "redirect:/admin/cases";
    }

    private String page(Model model, CaseFile f, StepForm form) {
        CaseView c = f.view();
        StaffPrincipal p = queries.reader();
        boolean open = c.phase() == CasePhase.OPEN;
        model.addAttribute("file", f);
        model.addAttribute("history", cases.history(c.id()));
        model.addAttribute("texts", texts);
        model.addAttribute("names", texts.names());
        model.addAttribute("form", form);
        boolean running = open && !c.paused();
        model.addAttribute("mayTransfer", running && ConsoleStep.TRANSFER.allowed(p, c));
        model.addAttribute("returnStates", running && ConsoleStep.RETURN.allowed(p, c) ? returnStates(c) : List.of());
        model.addAttribute("mayRequest", running && c.extensionRequested() == null
                && ConsoleStep.REQUEST_EXTENSION.allowed(p, c));
        JointReview joint = cases.jointReview(c.id()).orElse(null);
        model.addAttribute("joint", joint);
        model.addAttribute("mayAnswer", open && joint != null && joint.branches().stream()
                .anyMatch(b -> b.waiting() && CaseAccess.worksForUnit(p, b.unitId())));
        model.addAttribute("mayStartJoint", running && (joint == null || joint.complete())
                && ConsoleStep.START_JOINT_REVIEW.allowed(p, c));
        model.addAttribute("mayPause", running && ConsoleStep.PAUSE.allowed(p, c));
        model.addAttribute("mayResume", open && c.paused() && ConsoleStep.RESUME.allowed(p, c));
        model.addAttribute("pauseKinds", types.find(c.typeCode()).map(t -> new TreeSet<>(t.pauseKinds()))
                .orElse(new TreeSet<>()));
        model.addAttribute("mayDecide", open && c.extensionRequested() != null
                && ConsoleStep.DECIDE_EXTENSION.allowed(p, c));
        model.addAttribute("units", sites.units().stream().filter(u -> !Objects.equals(u.id(), c.ownerUnitId()))
                .toList());
        return "admin/cases/case";
    }

    /** The dispatcher's states the case may go back to from where it is. */
    private List<String> returnStates(CaseView c) {
        var flow = types.get(c.typeCode()).flow();
        return flow.movesFrom(c.state()).stream().filter(s -> flow.phaseOf(s) == CasePhase.UNASSIGNED).toList();
    }

    private static StepForm refused(StepForm form, RuleViolation e) {
        return new StepForm(form.name(), FormError.of(e), form.unit(), form.reason(), form.days(), form.state(),
                form.decision());
    }

    private static long unit(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("cases.transfer.unit.choose");
        }
    }

    /** The units ticked; anything but unit ids is refused as a list not chosen from. */
    private static List<Long> unitIds(List<String> texts) {
        try {
            return texts == null ? List.of() : texts.stream().map(t -> Long.parseLong(t.strip())).toList();
        } catch (NumberFormatException e) {
            throw new RuleViolation("cases.joint.units.choose");
        }
    }

    /** Working days as typed; a number beyond any limit becomes -1, which the engine refuses with the range. */
    private static int days(String text) {
        try {
            long n = Long.parseLong(text == null ? "" : text.strip());
            return n < 0 || n > Integer.MAX_VALUE ? -1 : (int) n;
        } catch (NumberFormatException e) {
            throw new RuleViolation("cases.days.range", 1, CaseFile.MAX_WORKING_DAYS);
        }
    }

    /** Working days as typed, or null (keep the deadline) when left empty. */
    private static Integer optionalDays(String text) {
        return text == null || text.isBlank() ? null : days(text);
    }
}
