package org.zhengwu.petitions.internal.screening.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.petitions.internal.officework.OfficeForms;
import org.zhengwu.petitions.internal.officework.OfficeWork;
import org.zhengwu.petitions.internal.officework.Refused;
import org.zhengwu.petitions.internal.screening.ScreeningRounds;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;

/**
 * 排查化解: the rounds, the office's form to open one for some units, a round's overview (who has and has not
 * reported, the totals by risk, the disputes) and workbook, and a unit's report: its disputes, the form to add one,
 * and the buttons to report them or to report nil. A refused form comes back with its problems and what was typed.
 */
@Controller
class ScreeningController {

    private static final String BASE = "/admin/petitions/screening";
    private static final OfficeForms.NewForm NEW = new OfficeForms.NewForm("r.", "admin/petitions/screening/new",
            "petition.screening.opened", BASE);

    private final ScreeningRounds rounds;
    private final OfficeWork work;

    ScreeningController(ScreeningRounds rounds, OfficeWork work) {
        this.rounds = rounds;
        this.work = work;
    }

    @GetMapping(BASE)
    String list(@ModelAttribute(name = "ui", binding = false) Ui ui, Model model) {
        model.addAttribute("rounds", rounds.rounds());
        model.addAttribute("office", ui.role() == StaffRole.PETITION_OFFICER);
        model.addAttribute("ownUnit", work.ownUnit());
        return "admin/petitions/screening/rounds";
    }

    @GetMapping(BASE + "/new")
    String newForm(Model model) {
        return OfficeForms.blank(NEW, work, model);
    }

    @PostMapping(BASE + "/new")
    String open(@RequestParam Map<String, String> params,
                @RequestParam(name = "units", required = false) List<String> units,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        return OfficeForms.create(NEW, work, params, units, rounds::open, ui, model, redirect, response);
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String overview(@PathVariable long id, Model model) {
        Long own = work.ownUnit();
        if (own != null) {
            return "redirect:" + BASE + "/" + id + "/units/" + own;
        }
        model.addAttribute("o", rounds.overview(id));
        return "admin/petitions/screening/overview";
    }

    @GetMapping(BASE + "/{id:\\d+}/round.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        return OfficeForms.workbook(rounds.workbook(id), "screening-" + id + ".xlsx");
    }

    @GetMapping(BASE + "/{id:\\d+}/units/{unitId:\\d+}")
    String report(@PathVariable long id, @PathVariable long unitId, Model model) {
        return report(model, id, unitId, Map.of(), FormProblems.none());
    }

    @PostMapping(BASE + "/{id:\\d+}/disputes")
    String add(@PathVariable long id, @RequestParam Map<String, String> params,
               @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        Map<String, String> typed = OfficeForms.typed(params, "d.");
        try {
            rounds.addDispute(id, typed);
            redirect.addFlashAttribute("notice", ui.t("petition.screening.added"));
            return "redirect:" + BASE + "/" + id + "/units/" + work.ownUnit();
        } catch (Refused e) {
            return report(model, id, work.ownUnit(), typed, OfficeForms.problems(e, ui, response));
        }
    }

    @PostMapping(BASE + "/{id:\\d+}/disputes/{disputeId:\\d+}/remove")
    String remove(@PathVariable long id, @PathVariable long disputeId,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            rounds.removeDispute(id, disputeId);
            redirect.addFlashAttribute("notice", ui.t("petition.screening.removed"));
            return "redirect:" + BASE + "/" + id + "/units/" + work.ownUnit();
        } catch (Refused e) {
            return report(model, id, work.ownUnit(), Map.of(), OfficeForms.problems(e, ui, response));
        }
    }

    @PostMapping(BASE + "/{id:\\d+}/submit")
    String submit(@PathVariable long id, @RequestParam(name = "nil", defaultValue = "false") boolean nil,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            rounds.submit(id, nil);
            redirect.addFlashAttribute("notice", ui.t(nil ? "petition.screening.submitted.nil" : "petition.screening.submitted"));
            return "redirect:" + BASE + "/" + id + "/units/" + work.ownUnit();
        } catch (Refused e) {
            return report(model, id, work.ownUnit(), Map.of(), OfficeForms.problems(e, ui, response));
        }
    }

    private String report(Model model, long id, Long unitId, Map<String, String> typed, FormProblems problems) {
        if (unitId == null) {
            throw new org.springframework.security.access.AccessDeniedException("no unit");
        }
        model.addAttribute("p", rounds.report(id, unitId));
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("readsAll", work.readsAll());
        return "admin/petitions/screening/report";
    }
}
