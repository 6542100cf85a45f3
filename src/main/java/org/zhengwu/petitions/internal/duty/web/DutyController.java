package org.zhengwu.petitions.internal.duty.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.zhengwu.petitions.internal.duty.DutyRosters;
import org.zhengwu.petitions.internal.officework.OfficeForms;
import org.zhengwu.petitions.internal.officework.OfficeWork;
import org.zhengwu.petitions.internal.officework.Refused;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;

/**
 * 值班表: the sensitive periods, the office's form to declare one for some units, a period's gaps per unit and
 * workbook, the printable roster of all units for a day, and a unit's roster form (one line per day). A refused
 * roster comes back with every problem at its day and everything typed.
 */
@Controller
class DutyController {

    private static final String BASE = "/admin/petitions/duty";
    private static final OfficeForms.NewForm NEW = new OfficeForms.NewForm("p.", "admin/petitions/duty/new",
            "petition.duty.declared", BASE);

    private final DutyRosters rosters;
    private final OfficeWork work;

    DutyController(DutyRosters rosters, OfficeWork work) {
        this.rosters = rosters;
        this.work = work;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("periods", rosters.periods());
        model.addAttribute("ownUnit", work.ownUnit());
        return "admin/petitions/duty/periods";
    }

    @GetMapping(BASE + "/new")
    String newForm(Model model) {
        return OfficeForms.blank(NEW, work, model);
    }

    @PostMapping(BASE + "/new")
    String declare(@RequestParam Map<String, String> params,
                @RequestParam(name = "units", required = false) List<String> units,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        return OfficeForms.create(NEW, work, params, units, rosters::declare, ui, model, redirect, response);
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String overview(@PathVariable long id, Model model) {
        Long own = work.ownUnit();
        if (own != null) {
            return "redirect:" + BASE + "/" + id + "/units/" + own;
        }
        model.addAttribute("o", rosters.overview(id));
        return "admin/petitions/duty/overview";
    }

    @GetMapping(BASE + "/{id:\\d+}/day")
    String day(@PathVariable long id, @RequestParam String day, Model model) {
        LocalDate d;
        try {
            d = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new NotFound("petition.duty.day-outside", day);
        }
        model.addAttribute("o", rosters.overview(id));
        model.addAttribute("day", d);
        model.addAttribute("lines", rosters.day(id, d));
        return "admin/petitions/duty/day";
    }

    @GetMapping(BASE + "/{id:\\d+}/roster.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        return OfficeForms.workbook(rosters.workbook(id), "duty-" + id + ".xlsx");
    }

    @GetMapping(BASE + "/{id:\\d+}/units/{unitId:\\d+}")
    String roster(@PathVariable long id, @PathVariable long unitId, Model model) {
        return roster(model, id, unitId, null, FormProblems.none());
    }

    @PostMapping(BASE + "/{id:\\d+}/roster")
    String save(@PathVariable long id, @RequestParam Map<String, String> params,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Map<String, String> typed = OfficeForms.typed(params, "d.");
        try {
            rosters.save(id, typed);
            redirect.addFlashAttribute("notice", ui.t("petition.duty.saved"));
            return "redirect:" + BASE + "/" + id + "/units/" + work.ownUnit();
        } catch (Refused e) {
            return roster(model, id, work.ownUnit(), typed, OfficeForms.problems(e, ui, response));
        }
    }

    private String roster(Model model, long id, Long unitId, Map<String, String> typed, FormProblems problems) {
        if (unitId == null) {
            throw new org.springframework.security.access.AccessDeniedException("no unit");
        }
        model.addAttribute("r", rosters.roster(id, unitId));
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("office", work.ownUnit() == null);
        return "admin/petitions/duty/roster";
    }
}
