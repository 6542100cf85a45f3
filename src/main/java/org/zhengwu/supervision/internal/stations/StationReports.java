package org.zhengwu.supervision.internal.stations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.Cases;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.supervision.internal.reporting.SubjectReports;
import org.zhengwu.supervision.internal.reporting.Submission;

/**
 * The stations' monthly reports through the reporting mechanism: every operating station owes, from its first month
 * ({@code reports_from}), one report of {@link StationReportForm} per month, opened (as a report of the station's unit
 * on the station) when the month begins — by a daily job, and at once when a station is registered or reopened.
 * The county center sees the totals of the received reports over a range of months, each month's totals (the trend),
 * the totals per station, and which stations did not report a month.
 */
@Service
public class StationReports {

    /** A station's report of a month: {@code submission} null while not opened; overdue past the case's deadline. */
    public record MonthRow(Station station, Submission submission, boolean overdue) {

        public boolean received() {
            return submission != null && submission.received();
        }
    }

    /** Sums of the figures by field key, for a month or a station or the whole range. */
    public record Totals(String label, Map<String, BigDecimal> sums) {

        public BigDecimal sum(String key) {
            return sums.getOrDefault(key, BigDecimal.ZERO);
        }
    }

    /**
     * What the center sees: the range's totals, each month's totals from {@code from} to {@code to} (months without a
     * received report at 0), the stations' totals, and the stations that owe {@code month}'s report and have not
     * reported it (not opened, due, or returned).
     */
    public record Board(YearMonth from, YearMonth to, Totals total, List<Totals> trend, List<Totals> byStation,
                        YearMonth month, List<MonthRow> missing) {
    }

    private final StationStore store;
    private final SubjectReports reports;
    private final Cases cases;
    private final UnitScope scope;
    private final Clock clock;

    StationReports(StationStore store, SubjectReports reports, Cases cases, UnitScope scope, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.cases = cases;
        this.scope = scope;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhengwu.stations.open-reports:0 10 0 * * *}", zone = "Asia/Shanghai")
    void daily() {
        openAllDue();
    }

    /** Opens every operating station's reports up to the current month; returns how many stations were looked at. */
    @Transactional
    public int openAllDue() {
        List<Station> all = store.list(null);
        all.forEach(this::openDue);
        return all.size();
    }

    /** Opens the station's reports from its first month to the current one, those not opened yet. */
    @Transactional
    public void openDue(Station s) {
        LocalDate current = LocalDate.now(clock).withDayOfMonth(1);
        for (LocalDate m = s.reportsFrom(); !m.isAfter(current); m = m.plusMonths(1)) {
            if (s.owes(m)) {
                reports.open(StationReportForm.CODE, s.unitId(), s.id(), s.name(), m);
            }
        }
    }

    /** The reports of a month of the given stations (those the reader may see), in the registry's order. */
    @Transactional(readOnly = true)
    public List<MonthRow> month(List<Station> stations, YearMonth month) {
        LocalDate start = month.atDay(1);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Submission> opened = reports.ofPeriod(StationReportForm.CODE, start);
        List<MonthRow> rows = new ArrayList<>();
        for (Station s : stations) {
            Submission sub = opened.get(s.id());
            if (sub == null && !s.owes(start)) {
                continue;
            }
            rows.add(new MonthRow(s, sub, sub != null && sub.state().withUnit()
                    && cases.find(sub.caseId()).map(c -> c.overdueOn(today)).orElse(false)));
        }
        return rows;
    }

    /** The center's board over {@code from}..{@code to}, with the stations that did not report {@code month}. */
    @Transactional(readOnly = true)
    public Board board(YearMonth from, YearMonth to, YearMonth month) {
        Stations.requireManager(scope);
        List<Station> stations = store.list(null);
        Map<Long, String> names = new LinkedHashMap<>();
        stations.forEach(s -> names.put(s.id(), s.name()));
        Map<YearMonth, Map<String, BigDecimal>> byMonth = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m, new LinkedHashMap<>());
        }
        Map<Long, Map<String, BigDecimal>> byStation = new LinkedHashMap<>();
        names.keySet().forEach(id -> byStation.put(id, new LinkedHashMap<>()));
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        for (SubjectReports.Figure f : reports.figures(StationReportForm.CODE, from.atDay(1), to.atDay(1))) {
            byMonth.computeIfAbsent(YearMonth.from(f.periodStart()), k -> new LinkedHashMap<>())
                    .merge(f.fieldKey(), f.value(), BigDecimal::add);
            byStation.computeIfAbsent(f.subjectId(), k -> new LinkedHashMap<>())
                    .merge(f.fieldKey(), f.value(), BigDecimal::add);
            total.merge(f.fieldKey(), f.value(), BigDecimal::add);
        }
        List<Totals> trend = byMonth.entrySet().stream()
                .map(e -> new Totals(e.getKey().getYear() + "年" + e.getKey().getMonthValue() + "月", e.getValue()))
                .toList();
        List<Totals> perStation = byStation.entrySet().stream()
                .map(e -> new Totals(names.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue())).toList();
        List<MonthRow> missing = month(stations, month).stream().filter(r -> !r.received()).toList();
        return new Board(from, to, new Totals("合计", total), trend, perStation, month, missing);
    }
}
