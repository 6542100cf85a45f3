package org.zhengwu.supervision.internal.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.Inspection;
import org.zhengwu.supervision.internal.inspection.InspectionContext;
import org.zhengwu.supervision.internal.inspection.InspectionResults;

/** The group overview (every visible site, vetoes first), a site's page, and "inspect now" for the supervisors. */
@Controller
class InspectionController {

    private final InspectionResults results;
    private final Inspection inspection;
    private final UnitScope scope;
    private final Clock clock;

    InspectionController(InspectionResults results, Inspection inspection, UnitScope scope, Clock clock) {
        this.results = results;
        this.inspection = inspection;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping(InspectionConsole.OVERVIEW)
    String overview(Model model) {
        model.addAttribute("sites", results.overview());
        model.addAttribute("indicators", List.of(Indicator.values()));
        model.addAttribute("notices", results.notices());
        model.addAttribute("lastRun", results.lastRun().orElse(null));
        model.addAttribute("mayRun", mayRun());
        return "admin/supervision/overview";
    }

    @GetMapping(InspectionConsole.OVERVIEW + "/{code}")
    String site(@PathVariable String code, Model model) {
        model.addAttribute("result", results.site(code));
        model.addAttribute("weeks", results.weeks(code, LocalDate.now(clock.withZone(InspectionContext.CHINA)), 8));
        model.addAttribute("indicators", List.of(Indicator.values()));
        return "admin/supervision/site";
    }

    @PostMapping(InspectionConsole.OVERVIEW + "/run")
    String run(@ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        scope.requireRole(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);
        int readings = inspection.run().size();
        redirect.addFlashAttribute("notice", ui.t("inspection.run.done", readings));
        return "redirect:" + InspectionConsole.OVERVIEW;
    }

    private boolean mayRun() {
        StaffRole role = scope.staff().role();
        return role == StaffRole.SUPERVISOR || role == StaffRole.ADMINISTRATOR;
    }
}
