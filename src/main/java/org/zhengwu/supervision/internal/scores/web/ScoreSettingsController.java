package org.zhengwu.supervision.internal.scores.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.scores.DutyPeriod;
import org.zhengwu.supervision.internal.scores.Rankings;
import org.zhengwu.supervision.internal.scores.ScoreItem;
import org.zhengwu.supervision.internal.scores.ScoreSettings;
import org.zhengwu.supervision.internal.scores.UnitMonth;

/**
 * 考核细则 (the weights, which must sum to 100) and 更新任务 (each unit's publishing quota, with this month's
 * completion). A refused form is shown again with the message and what was typed; nothing is changed.
 */
@Controller
@RequestMapping("/admin/supervision")
class ScoreSettingsController {

    private final ScoreSettings settings;
    private final Rankings rankings;
    private final SiteDirectory sites;
    private final org.zhengwu.supervision.internal.scores.MonthFigures figures;

    ScoreSettingsController(ScoreSettings settings, Rankings rankings, SiteDirectory sites,
                            org.zhengwu.supervision.internal.scores.MonthFigures figures) {
        this.settings = settings;
        this.rankings = rankings;
        this.sites = sites;
        this.figures = figures;
    }

    @GetMapping("/weights")
    String weights(Model model) {
        settings.requireReader();
        Map<String, String> typed = new java.util.HashMap<>();
        settings.weights().points().forEach((item, w) -> typed.put(item.field(), String.valueOf(w)));
        return weightsPage(model, typed, null);
    }

    @PostMapping("/weights")
    String changeWeights(@RequestParam Map<String, String> form, @ModelAttribute(name = "ui", binding = false) Ui ui,
                         Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            settings.changeWeights(form);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return weightsPage(model, form, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("scores.weights.saved"));
        return "redirect:/admin/supervision/weights";
    }

    @GetMapping("/duties")
    String duties(Model model) {
        settings.requireReader();
        return dutiesPage(model, null);
    }

    @PostMapping("/duties")
    String setDuty(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String period,
                   @RequestParam(required = false) String items, @ModelAttribute(name = "ui", binding = false) Ui ui,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            settings.setDuty(unitId == null ? -1 : unitId, period, items);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return dutiesPage(model, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("scores.duty.saved"));
        return "redirect:/admin/supervision/duties";
    }

    @PostMapping("/duties/{unitId}/remove")
    String removeDuty(@PathVariable long unitId, @ModelAttribute(name = "ui", binding = false) Ui ui,
                      RedirectAttributes redirect) {
        settings.removeDuty(unitId);
        redirect.addFlashAttribute("notice", ui.t("scores.duty.removed"));
        return "redirect:/admin/supervision/duties";
    }

    private String weightsPage(Model model, Map<String, String> typed, FormError error) {
        model.addAttribute("items", ScoreItem.values());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "admin/supervision/scores/weights";
    }

    private String dutiesPage(Model model, FormError error) {
        java.time.YearMonth month = rankings.thisMonth();
        Map<Long, UnitMonth> done = new java.util.HashMap<>();
        figures.of(month).forEach(m -> done.put(m.unitId(), m));
        model.addAttribute("duties", settings.duties());
        model.addAttribute("units", sites.units());
        model.addAttribute("done", done);
        model.addAttribute("month", month);
        model.addAttribute("periods", DutyPeriod.values());
        model.addAttribute("error", error);
        return "admin/supervision/scores/duties";
    }
}
