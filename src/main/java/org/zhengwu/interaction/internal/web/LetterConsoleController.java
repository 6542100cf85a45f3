package org.zhengwu.interaction.internal.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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
import org.zhengwu.interaction.LetterLinks;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.internal.Answering;
import org.zhengwu.interaction.internal.Dispatching;
import org.zhengwu.interaction.internal.Handover;
import org.zhengwu.interaction.internal.LetterAccess;
import org.zhengwu.interaction.internal.LetterAccess.Action;
import org.zhengwu.interaction.internal.LetterAttachment;
import org.zhengwu.interaction.internal.LetterDossier;
import org.zhengwu.interaction.internal.LetterFiles;
import org.zhengwu.interaction.internal.LetterFlow;
import org.zhengwu.interaction.internal.LetterFlow.Step;
import org.zhengwu.interaction.internal.LetterQueues;
import org.zhengwu.interaction.internal.LetterReading;
import org.zhengwu.interaction.internal.LetterRecord;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * Letters in the console ({@code /admin/letters}): the work lists, the page of one letter, and its steps. Every step
 * is checked again by its service (role, unit, state); a refused step shows its reason on the page and changes
 * nothing; a step outside the caller's reach is a 403 and audited.
 */
@Controller
@RequestMapping("/admin/letters")
class LetterConsoleController {

    private final LetterQueues queues;
    private final LetterReading reading;
    private final LetterAccess access;
    private final Dispatching dispatching;
    private final Answering answering;
    private final Handover handover;
    private final LetterFiles files;
    private final SiteDirectory sites;
    private final Clock clock;
    private final List<LetterLinks> links;

    LetterConsoleController(LetterQueues queues, LetterReading reading, LetterAccess access, Dispatching dispatching,
                            Answering answering, Handover handover, LetterFiles files, SiteDirectory sites,
                            Clock clock, List<LetterLinks> links) {
        this.links = links;
        this.queues = queues;
        this.reading = reading;
        this.access = access;
        this.dispatching = dispatching;
        this.answering = answering;
        this.handover = handover;
        this.files = files;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String list, @RequestParam(defaultValue = "1") String page,
                Model model) {
        LetterQueues.Page p = queues.list(list, number(page));
        model.addAttribute("page", p);
        model.addAttribute("states", LetterState.values());
        return "admin/interaction/letters";
    }

    @GetMapping("/{number}")
    String show(@PathVariable String number, Model model) {
        return page(model, reading.forStaff(number), null, null, Map.of());
    }

    @PostMapping("/{number}/assign")
    String assign(@PathVariable String number, @RequestParam(required = false) String unitId,
                  @RequestParam(required = false) String days, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        return step(number, "assign", Map.of("unitId", text(unitId), "days", text(days)), model, redirect, ui,
                "interaction.letter.assigned", () -> dispatching.assign(number, id(unitId), days));
    }

    @PostMapping("/{number}/refuse")
    String refuse(@PathVariable String number, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String reason, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        return step(number, "refuse", Map.of("kind", text(kind), "reason", text(reason)), model, redirect, ui,
                "interaction.letter.refused", () -> dispatching.refuse(number, kind, reason));
    }

    @PostMapping("/{number}/answer")
    String answer(@PathVariable String number, @RequestParam(required = false) String answer,
                  @RequestParam(defaultValue = "save") String action, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        boolean submit = "submit".equals(action);
        return step(number, "answer", Map.of("answer", text(answer)), model, redirect, ui,
                submit ? "interaction.letter.answer.submitted" : "interaction.letter.answer.saved",
                () -> submit ? answering.submit(number, answer) : answering.save(number, answer));
    }

    @PostMapping("/{number}/approve")
    String approve(@PathVariable String number, @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                   RedirectAttributes redirect) {
        return step(number, "review", Map.of(), model, redirect, ui, "interaction.letter.answer.approved",
                () -> answering.approve(number));
    }

    @PostMapping("/{number}/return")
    String returnAnswer(@PathVariable String number, @RequestParam(required = false) String reason,
                        @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        return step(number, "review", Map.of("reviewReason", text(reason)), model, redirect, ui,
                "interaction.letter.answer.returned", () -> answering.returnAnswer(number, reason));
    }

    @PostMapping("/{number}/transfer")
    String transfer(@PathVariable String number, @RequestParam(required = false) String unitId,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) String days,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        return step(number, "transfer", Map.of("transferUnitId", text(unitId), "transferReason", text(reason),
                        "transferDays", text(days)), model, redirect, ui, "interaction.letter.transferred",
                () -> handover.transfer(number, id(unitId), reason, days));
    }

    @PostMapping("/{number}/not-ours")
    String notOurs(@PathVariable String number, @RequestParam(required = false) String reason,
                   @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        return step(number, "not-ours", Map.of("notOursReason", text(reason)), model, redirect, ui,
                "interaction.letter.returned", () -> handover.notOurs(number, reason));
    }

    @PostMapping("/{number}/extension")
    String extension(@PathVariable String number, @RequestParam(required = false) String days,
                     @RequestParam(required = false) String reason, @ModelAttribute(name = "ui", binding = false) Ui ui,
                     Model model, RedirectAttributes redirect) {
        return step(number, "extension", Map.of("extensionDays", text(days), "extensionReason", text(reason)), model,
                redirect, ui, "interaction.letter.extension.requested",
                () -> handover.requestExtension(number, days, reason));
    }

    @PostMapping("/{number}/extension/decision")
    String decide(@PathVariable String number, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        return step(number, "decision", Map.of("decisionReason", text(reason)), model, redirect, ui,
                approve ? "interaction.letter.extension.approved" : "interaction.letter.extension.refused",
                () -> handover.decideExtension(number, approve, reason));
    }

    /** Served only to those who may see the letter, as a download of the type found in its bytes. */
    @GetMapping("/{number}/attachments/{seq}")
    ResponseEntity<Resource> attachment(@PathVariable String number, @PathVariable int seq) {
        LetterAttachment a = reading.attachment(number, seq)
                .orElseThrow(() -> new NotFound("interaction.letter.attachment.not-found"));
        Path file = files.resolve(a.storedName())
                .orElseThrow(() -> new NotFound("interaction.letter.attachment.not-found"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new FileSystemResource(file));
    }

    private interface Command {
        LetterRecord run();
    }

    /** Runs a step; on success back to the letter with a notice, on a refusal the page again with the reason. */
    private String step(String number, String form, Map<String, String> typed, Model model,
                        RedirectAttributes redirect, Ui ui, String done, Command command) {
        LetterRecord after;
        try {
            after = command.run();
        } catch (RuleViolation e) {
            if (e instanceof NotFound) {
                throw e;
            }
            return page(model, reading.forStaff(number), form, FormError.of(e), typed);
        }
        redirect.addFlashAttribute("notice", ui.t(done, after.trackingNumber()));
        return access.may(after, Action.VIEW) ? "redirect:/admin/letters/" + after.trackingNumber()
                : "redirect:/admin/letters";
    }

    private String page(Model model, LetterDossier d, String failed, FormError error, Map<String, String> typed) {
        LetterRecord l = d.letter();
        LetterPageView.Actions may = new LetterPageView.Actions(
                allowed(l, Action.ASSIGN, Step.ASSIGN), allowed(l, Action.REFUSE, Step.REFUSE),
                allowed(l, Action.ANSWER, Step.SUBMIT_ANSWER), allowed(l, Action.REVIEW, Step.APPROVE_ANSWER),
                allowed(l, Action.TRANSFER, Step.TRANSFER), allowed(l, Action.NOT_OURS, Step.NOT_OURS),
                access.may(l, Action.EXTEND) && l.state().phase() == org.zhengwu.cases.CasePhase.OPEN
                        && d.caseView().extensionRequested() == null,
                access.may(l, Action.DECIDE_EXTENSION) && d.caseView().extensionRequested() != null);
        Map<Long, String> unitNames = sites.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        model.addAttribute("links", links.stream().flatMap(x -> x.forLetter(l.trackingNumber()).stream()).toList());
        model.addAttribute("publish", access.may(l, Action.PUBLISH) && l.state() == LetterState.ANSWERED && l.publicWish());
        model.addAttribute("view", new LetterPageView(d, l.unitId() == null ? null : unitNames.get(l.unitId()),
                d.caseView().overdueOn(LocalDate.now(clock)), unitNames, sites.units(), may, failed, error, typed));
        return "admin/interaction/letter";
    }

    private boolean allowed(LetterRecord l, Action action, Step step) {
        return access.may(l, action) && LetterFlow.allows(l.state(), step, l.reopened());
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
