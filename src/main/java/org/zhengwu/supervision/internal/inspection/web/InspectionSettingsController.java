package org.zhengwu.supervision.internal.inspection.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.InspectionSettings;
import org.zhengwu.supervision.internal.inspection.InspectionSettingsService;

/**
 * 自查设置: the thresholds, the warning period and the intervals, with the national values beside them. A refused
 * form shows what was typed and the message at its field; nothing is saved.
 */
@Controller
class InspectionSettingsController {

    static final List<String> DAYS = List.of("warning-days", "news-days", "notice-days", "policy-days", "letter-days");

    private final InspectionSettingsService settings;
    private final UnitScope scope;

    InspectionSettingsController(InspectionSettingsService settings, UnitScope scope) {
        this.settings = settings;
        this.scope = scope;
    }

    @GetMapping(InspectionConsole.SETTINGS)
    String show(Model model) {
        scope.requireRole(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);
        return page(model, values(settings.current()), null);
    }

    @PostMapping(InspectionConsole.SETTINGS)
    String save(@RequestParam Map<String, String> form, @ModelAttribute(name = "ui", binding = false) Ui ui,
                Model model, RedirectAttributes redirect) {
        scope.requireRole(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);
        Map<String, String> typed = new LinkedHashMap<>();
        values(InspectionSettings.national()).keySet().forEach(k -> typed.put(k, form.getOrDefault(k, "").strip()));
        try {
            settings.update(parse(typed));
        } catch (RuleViolation e) {
            return page(model, typed, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("inspection.settings.saved"));
        return "redirect:" + InspectionConsole.SETTINGS;
    }

    private static String page(Model model, Map<String, String> values, FormError error) {
        model.addAttribute("values", values);
        model.addAttribute("national", values(InspectionSettings.national()));
        model.addAttribute("indicators", List.of(Indicator.values()));
        model.addAttribute("days", DAYS);
        model.addAttribute("formError", error);
        return "admin/supervision/settings";
    }

    /** The form's fields: {@code threshold-NAME} per indicator and the day counts. */
    static Map<String, String> values(InspectionSettings s) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            v.put(field(i), figure(s.threshold(i)));
        }
        v.put("warning-days", String.valueOf(s.warningDays()));
        v.put("news-days", String.valueOf(s.newsDays()));
        v.put("notice-days", String.valueOf(s.noticeDays()));
        v.put("policy-days", String.valueOf(s.policyDays()));
        v.put("letter-days", String.valueOf(s.letterDays()));
        return v;
    }

    static String field(Indicator i) {
        return "threshold-" + i.name().toLowerCase();
    }

    private static InspectionSettings parse(Map<String, String> typed) {
        Map<Indicator, Double> thresholds = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            thresholds.put(i, number(typed.get(field(i)), "inspection.threshold." + i.name().toLowerCase()));
        }
        int[] d = DAYS.stream().mapToInt(f -> whole(typed.get(f), "inspection." + f)).toArray();
        return new InspectionSettings(thresholds, d[0], d[1], d[2], d[3], d[4]);
    }

    private static double number(String text, String key) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException(text);
            }
            return v;
        } catch (NumberFormatException | NullPointerException e) {
            throw new RuleViolation(key + ".number");
        }
    }

    private static int whole(String text, String key) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RuleViolation(key + ".number");
        }
    }

    private static String figure(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
