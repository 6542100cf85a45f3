package org.zhengwu.supervision.internal.stations.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.supervision.internal.investment.web.Xlsx;
import org.zhengwu.supervision.internal.stations.StationExports;
import org.zhengwu.supervision.internal.stations.StationReports;
import org.zhengwu.supervision.internal.stations.Stations;

/**
 * 站点月报 (each station's report of a month, with its state, for the unit's staff and the center) and the center's
 * board (电商服务中心看板): the totals of a range of months, the monthly trend as a chart drawn on the server, the
 * stations' totals, the stations that did not report a month, and the figures' export. A month typed wrong falls back
 * to the default and says so.
 */
@Controller
class StationBoardController {

    private static final int DEFAULT_MONTHS = 6;
    private static final int MAX_MONTHS = 36;

    private final Stations stations;
    private final StationReports reports;
    private final StationExports exports;
    private final Clock clock;

    StationBoardController(Stations stations, StationReports reports, StationExports exports, Clock clock) {
        this.stations = stations;
        this.reports = reports;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping(StationsController.BASE + "/reports")
    String reports(@RequestParam(required = false) String month, Model model) {
        List<String> bad = new ArrayList<>();
        YearMonth m = month(month, YearMonth.now(clock), bad);
        model.addAttribute("month", m);
        model.addAttribute("rows", reports.month(stations.list(), m));
        model.addAttribute("bad", bad);
        return "admin/supervision/stations/reports";
    }

    @GetMapping(StationsController.BASE + "/board")
    String board(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String month, Model model) {
        List<String> bad = new ArrayList<>();
        StationReports.Board b = board(from, to, month, bad);
        model.addAttribute("b", b);
        model.addAttribute("bad", bad);
        return "admin/supervision/stations/board";
    }

    @GetMapping(StationsController.BASE + "/figures.xlsx")
    ResponseEntity<byte[]> figures(@RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        StationReports.Board b = board(from, to, null, new ArrayList<>());
        return Xlsx.attachment("电商服务站点月度数据-" + b.from() + "至" + b.to() + ".xlsx",
                exports.figures(b.from(), b.to()));
    }

    /** The range (by default the last six months up to the previous one) and the month of the missing reports. */
    private StationReports.Board board(String from, String to, String month, List<String> bad) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth t = month(to, last, bad);
        YearMonth f = month(from, t.minusMonths(DEFAULT_MONTHS - 1), bad);
        if (f.isAfter(t) || f.plusMonths(MAX_MONTHS).isBefore(t)) {
            bad.add(f + "—" + t);
            f = t.minusMonths(DEFAULT_MONTHS - 1);
        }
        return reports.board(f, t, month(month, t, bad));
    }

    private static YearMonth month(String typed, YearMonth fallback, List<String> bad) {
        if (typed == null || typed.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(typed.strip());
        } catch (DateTimeParseException e) {
            bad.add(typed.length() > 20 ? typed.substring(0, 20) : typed);
            return fallback;
        }
    }
}
