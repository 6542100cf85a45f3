package org.zhengwu.petitions.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.time.YearMonth;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.petitions.internal.InvalidPetition;
import org.zhengwu.petitions.internal.KeyCases;
import org.zhengwu.petitions.internal.PetitionAccess;
import org.zhengwu.petitions.internal.PetitionCategories;
import org.zhengwu.petitions.internal.PetitionFlow;
import org.zhengwu.petitions.internal.PetitionFlow.State;
import org.zhengwu.petitions.internal.PetitionFlow.Step;
import org.zhengwu.petitions.internal.PetitionReading;
import org.zhengwu.petitions.internal.PetitionSteps;
import org.zhengwu.petitions.internal.KeyCase;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The page of one petition ({@code /admin/petitions/XF2026000001}): particulars, petitioners (each view audited),
 * notices, history, possible repeats, the key case, and the forms the person may use in its state. A refused form
 * comes back on the page with its problems and what was typed, and nothing changed.
 */
@Controller
class PetitionPageController {

    private static final String BASE = PetitionsController.BASE;

    private final PetitionReading reading;
    private final PetitionSteps steps;
    private final KeyCases keyCases;
    private final PetitionAccess access;
    private final PetitionCategories categories;
    private final SiteDirectory sites;
    private final Clock clock;

    PetitionPageController(PetitionReading reading, PetitionSteps steps, KeyCases keyCases, PetitionAccess access,
                           PetitionCategories categories, SiteDirectory sites, Clock clock) {
        this.reading = reading;
        this.steps = steps;
        this.keyCases = keyCases;
        this.access = access;
        this.categories = categories;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping(BASE + "/{reference:XF\\d+}")
    String show(@PathVariable String reference, Model model) {
        return page(model, reference, null, Map.of(), FormProblems.none());
    }

    @PostMapping(BASE + "/{reference:XF\\d+}/step/{step}")
    String step(@PathVariable String reference, @PathVariable String step, @RequestParam Map<String, String> params,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Step s = Arrays.stream(Step.values()).filter(x -> x.name().equals(step)).findFirst()
                .orElseThrow(() -> new NotFound("petitions.not-found", step));
        return run(reference, "step-" + s.name(), params, ui, model, redirect, response, "petitions.step.done",
                () -> steps.take(reference, s, params.get("text"), parse(params.get("reviewUnitId"))));
    }

    @PostMapping(BASE + "/{reference:XF\\d+}/extension")
    String extension(@PathVariable String reference, @RequestParam Map<String, String> params,
                     @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        return run(reference, "extension", params, ui, model, redirect, response, "petitions.extension.requested",
                () -> steps.requestExtension(reference, params.get("extensionDays"), params.get("extensionReason")));
    }

    @PostMapping(BASE + "/{reference:XF\\d+}/extension/decision")
    String decide(@PathVariable String reference, @RequestParam Map<String, String> params,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        boolean approve = "approve".equals(params.get("decision"));
        return run(reference, "decision", params, ui, model, redirect, response,
                approve ? "petitions.extension.approved" : "petitions.extension.refused",
                () -> steps.decideExtension(reference, approve, params.get("decisionReason")));
    }

    @PostMapping(BASE + "/{reference:XF\\d+}/repeat")
    String repeat(@PathVariable String reference, @RequestParam Map<String, String> params,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return run(reference, "repeat", params, ui, model, redirect, response, "petitions.repeat.linked",
                () -> steps.linkRepeat(reference, params.get("earlier")));
    }

    @PostMapping(BASE + "/{reference:XF\\d+}/key")
    String mark(@PathVariable String reference, @RequestParam Map<String, String> params,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        return run(reference, "key", params, ui, model, redirect, response, "petitions.key.marked",
                () -> keyCases.mark(reference, Forms.typed(params)));
    }

    @PostMapping(BASE + "/{reference:XF\\d+}/key/action")
    String action(@PathVariable String reference, @RequestParam Map<String, String> params,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return run(reference, "key-action", params, ui, model, redirect, response, "petitions.key.action.recorded",
                () -> keyCases.record(reference, Forms.typed(params)));
    }

    @PostMapping(BASE + "/{reference:XF\\d+}/key/report")
    String report(@PathVariable String reference, @RequestParam Map<String, String> params,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return run(reference, "key-report", params, ui, model, redirect, response, "petitions.key.report.saved",
                () -> keyCases.report(reference, Forms.typed(params)));
    }

    /** Served only to those who may see the petition, as a download of the type found in its bytes. */
    @GetMapping(BASE + "/{reference:XF\\d+}/attachments/{seq:\\d+}")
    ResponseEntity<Resource> attachment(@PathVariable String reference, @PathVariable int seq) {
        PetitionReading.File f = reading.attachment(reference, seq)
                .orElseThrow(() -> new NotFound("petitions.attachment.not-found"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new FileSystemResource(f.path()));
    }

    /** Runs a command; on success back to the page with a notice, on a refusal the page with the problems. */
    private String run(String reference, String form, Map<String, String> params, Ui ui, Model model,
                       RedirectAttributes redirect, HttpServletResponse response, String done, Runnable command) {
        FormProblems problems;
        try {
            command.run();
            redirect.addFlashAttribute("notice", ui.t(done, reference));
            return "redirect:" + BASE + "/" + reference;
        } catch (InvalidPetition e) {
            problems = Forms.problems(e, ui);
        } catch (RuleViolation e) {
            if (e instanceof NotFound) {
                throw e;
            }
            problems = FormProblems.of(null, ui.t(e.key(), e.args()));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, reference, form, Forms.typed(params), problems);
    }

    private String page(Model model, String reference, String failed, Map<String, String> typed,
                        FormProblems problems) {
        PetitionReading.Dossier d = reading.dossier(reference);
        var units = steps.unitsOf(d.petition());
        State state = State.valueOf(d.caseView().state());
        List<Step> may = Arrays.stream(Step.values())
                .filter(s -> s.allowedFrom(state) && access.mayAct(s.actor, units)).toList();
        boolean handling = state == State.HANDLING;
        model.addAttribute("d", d);
        model.addAttribute("state", state);
        model.addAttribute("steps", may);
        model.addAttribute("mayExtend", handling && d.caseView().extensionRequested() == null
                && access.mayAct(PetitionFlow.Actor.HANDLING_UNIT, units));
        model.addAttribute("mayDecide", d.caseView().extensionRequested() != null && d.caseView().phase() == CasePhase.OPEN
                && (ui(StaffRole.SUPERVISOR) || ui(StaffRole.PETITION_OFFICER)));
        model.addAttribute("office", ui(StaffRole.PETITION_OFFICER));
        model.addAttribute("mayRecord", d.keyCase().map(keyCases::mayRecord).orElse(false));
        model.addAttribute("failed", failed);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("units", sites.units());
        model.addAttribute("unitName", (java.util.function.LongFunction<String>) id -> sites.unit(id).map(Unit::name)
                .orElse("#" + id));
        model.addAttribute("categories", categories.names());
        model.addAttribute("month", YearMonth.now(clock).toString());
        model.addAttribute("resolutions", List.of(KeyCase.Resolution.values()));
        return "admin/petitions/petition";
    }

    private boolean ui(StaffRole role) {
        return access.currentRole().map(r -> r == role).orElse(false);
    }

    private static Long parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
