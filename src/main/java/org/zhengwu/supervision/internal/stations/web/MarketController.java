package org.zhengwu.supervision.internal.stations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.web.Refusals;
import org.zhengwu.supervision.internal.stations.MarketInfo;
import org.zhengwu.supervision.internal.stations.StationState;
import org.zhengwu.supervision.internal.stations.Stations;

/** 市场信息: the form that reports a product's price and supply for one of the reader's stations, and the latest entries. */
@Controller
class MarketController {

    private static final String PATH = StationsController.BASE + "/market";
    private static final int DAYS = 90;

    private final MarketInfo market;
    private final Stations stations;
    private final Clock clock;

    MarketController(MarketInfo market, Stations stations, Clock clock) {
        this.market = market;
        this.stations = stations;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("reportedOn", LocalDate.now(clock).toString());
        typed.put("priceUnit", MarketInfo.UNITS.get(0));
        return page(model, typed, FormProblems.none());
    }

    @PostMapping(PATH)
    String report(@RequestParam Map<String, String> params, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> typed = Refusals.typed(params, "m.");
        try {
            market.report(typed);
            redirect.addFlashAttribute("notice", ui.t("stations.market.done"));
            return "redirect:" + PATH;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, typed, Refusals.problems(e, ui));
        }
    }

    private String page(Model model, Map<String, String> typed, FormProblems problems) {
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("stations", stations.list().stream()
                .filter(s -> s.state() != StationState.CLOSED).toList());
        model.addAttribute("units", MarketInfo.UNITS);
        model.addAttribute("entries", market.since(LocalDate.now(clock).minusDays(DAYS), 200));
        model.addAttribute("days", DAYS);
        return "admin/supervision/stations/market";
    }
}
