package org.zhengwu.supervision.internal.stations.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.web.Refusals;
import org.zhengwu.supervision.internal.stations.StationOptions;

/** 站点服务与清单: the managers rewrite the services a station may offer and the "十个一" checklist, one item a line. */
@Controller
class StationSettingsController {

    private static final String PATH = StationsController.BASE + "/settings";

    private final StationOptions options;

    StationSettingsController(StationOptions options) {
        this.options = options;
    }

    @GetMapping(PATH)
    String page(Model model) {
        options.requireManager();
        return page(model, String.join("\n", options.items(StationOptions.Kind.SERVICE)),
                String.join("\n", options.items(StationOptions.Kind.CHECK)), FormProblems.none());
    }

    @PostMapping(PATH + "/{kind:service|check}")
    String save(@PathVariable String kind, @RequestParam(required = false) String lines,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        StationOptions.Kind k = "service".equals(kind) ? StationOptions.Kind.SERVICE : StationOptions.Kind.CHECK;
        try {
            options.replace(k, lines);
            redirect.addFlashAttribute("notice", Map.of(StationOptions.Kind.SERVICE, ui.t("stations.settings.services-saved"),
                    StationOptions.Kind.CHECK, ui.t("stations.settings.checks-saved")).get(k));
            return "redirect:" + PATH;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String typed = Refusals.kept(lines);
            return page(model, k == StationOptions.Kind.SERVICE ? typed : String.join("\n",
                    options.items(StationOptions.Kind.SERVICE)), k == StationOptions.Kind.CHECK ? typed
                    : String.join("\n", options.items(StationOptions.Kind.CHECK)), Refusals.problems(e, ui));
        }
    }

    private static String page(Model model, String services, String checks, FormProblems problems) {
        model.addAttribute("services", services);
        model.addAttribute("checks", checks);
        model.addAttribute("problems", problems);
        return "admin/supervision/stations/settings";
    }
}
