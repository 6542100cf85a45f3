package org.zhengwu.supervision.internal.investment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.investment.InvestmentBoard;
import org.zhengwu.supervision.internal.investment.RankingWorkbook;
import org.zhengwu.supervision.internal.investment.Standings;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.web.Refusals;

/**
 * 招商引资看板: a month's 序时进度, each unit's completion rates, the three rates and the ranking, drawn as a server-side
 * SVG chart above a table of the same figures; and 年度目标, where the supervisor sets a unit's targets for a year.
 */
@Controller
class BoardController {

    private static final String BASE = "/admin/supervision/investment";

    private final InvestmentBoard board;
    private final UnitScope scope;
    private final SiteDirectory sites;
    private final Clock clock;

    BoardController(InvestmentBoard board, UnitScope scope, SiteDirectory sites, Clock clock) {
        this.board = board;
        this.scope = scope;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping(BASE + "/board")
    String board(@RequestParam(required = false) String month, Model model) {
        YearMonth m = null;
        try {
            m = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("badMonth", month);
        }
        model.addAttribute("b", board.board(m));
        return "admin/supervision/investment/board";
    }

    @GetMapping(BASE + "/ranking.xlsx")
    ResponseEntity<byte[]> ranking(@RequestParam(required = false) String month) throws IOException {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            m = null;
        }
        Standings.Board b = board.board(m);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingWorkbook.write(b, out);
        return Xlsx.attachment("招商引资排名-" + b.month() + ".xlsx", out.toByteArray());
    }

    @GetMapping(BASE + "/targets")
    String targets(@RequestParam(required = false) Integer year, Model model) {
        scope.requireRole(StaffRole.SUPERVISOR);
        int y = year == null ? YearMonth.now(clock).getYear() : year;
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("year", String.valueOf(y));
        return targetsPage(model, y, typed, FormProblems.none());
    }

    @PostMapping(BASE + "/targets")
    String setTarget(@RequestParam Map<String, String> params, @ModelAttribute(name = "ui", binding = false) Ui ui,
                     Model model, RedirectAttributes redirect, HttpServletResponse response) {
        scope.requireRole(StaffRole.SUPERVISOR);
        long unit;
        try {
            unit = Long.parseLong(params.getOrDefault("unit", ""));
        } catch (NumberFormatException e) {
            unit = -1;
        }
        try {
            var t = board.setTarget(unit, params.get("year"), params.get("signedProjects"), params.get("contracted"),
                    params.get("inPlace"), params.get("startedProjects"));
            redirect.addFlashAttribute("notice", ui.t("investment.targets.saved"));
            return "redirect:" + BASE + "/targets?year=" + t.year();
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            int y;
            try {
                y = Integer.parseInt(params.getOrDefault("year", "").strip());
            } catch (NumberFormatException bad) {
                y = YearMonth.now(clock).getYear();
            }
            return targetsPage(model, y, Refusals.typed(params, ""), Refusals.problems(e, ui));
        }
    }

    private String targetsPage(Model model, int year, Map<String, String> typed, FormProblems problems) {
        model.addAttribute("year", year);
        model.addAttribute("targets", board.targets(year));
        model.addAttribute("units", sites.units());
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        return "admin/supervision/investment/targets";
    }
}
