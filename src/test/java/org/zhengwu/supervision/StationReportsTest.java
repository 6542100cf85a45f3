package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.ReportDesk;
import org.zhengwu.supervision.internal.reporting.SubmissionState;
import org.zhengwu.supervision.internal.stations.Level;
import org.zhengwu.supervision.internal.stations.StationReports;
import org.zhengwu.supervision.internal.stations.Stations;

/**
 * The stations' monthly reports through the reporting mechanism, the clock moved to each step's day, and what the
 * county center sees of them: the totals and each month's figures worked out by hand in the sentences below, and the
 * stations that did not report a month. The 2021 calendar has the Qingming holiday on Monday 5 April.
 */
@ZhengwuTest
class StationReportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    StationDesk stationDesk;
    @Autowired
    Stations stations;
    @Autowired
    StationReports reports;
    @Autowired
    ReportDesk reportDesk;

    StaffUser supervisor;
    SupervisionDesk.UnitStaff a;
    SupervisionDesk.UnitStaff b;
    long center;

    @BeforeEach
    void setUp() {
        desk.qingming2021();
        supervisor = desk.supervisor();
        a = desk.unit();
        b = desk.unit();
        center = stationDesk.center("2021-01-04T09:00", supervisor, a.unitId());
    }

    private StationReports.MonthRow row(String at, StaffUser who, long station, YearMonth month) {
        return desk.at(at, who, () -> reports.month(stations.list(), month)).stream()
                .filter(r -> r.station().id() == station).findFirst().orElseThrow();
    }

    private static Map<String, String> figures(String transactions, String sales, String in, String out, String farm) {
        return Map.of("transactions", transactions, "sales", sales, "parcels-in", in, "parcels-out", out,
                "farm-sales", farm);
    }

    private long open(String at, long station, YearMonth month) {
        return desk.at(at, supervisor, () -> {
            reports.openDue(stations.station(station));
            return reports.month(stations.list(), month).stream().filter(r -> r.station().id() == station)
                    .findFirst().orElseThrow().submission().id();
        });
    }

    private List<Long> missing(String at, YearMonth from, YearMonth to, YearMonth month) {
        return desk.at(at, supervisor, () -> reports.board(from, to, month)).missing().stream()
                .map(r -> r.station().id()).toList();
    }

    @Test
    void aStationsReportIsDueFiveWorkingDaysAfterItsMonthGoesOverdueIsReturnedWithAReasonAndApprovedWhenCorrected()
            throws Exception {
        String name = ConsoleFixtures.code("月报服务站");
        // registered on 1 March 2021, the station owes March's report at once
        long id = stationDesk.register("2021-03-01T09:00", supervisor, Level.TOWNSHIP, center, name, a.unitId());
        StationReports.MonthRow march = row("2021-03-01T09:10", a.editor(), id, YearMonth.of(2021, 3));
        // five working days after 31 March: Thu 1, Fri 2 April, (Mon 5 April is Qingming) Tue 6, Wed 7, Thu 8 April
        assertThat(march.submission().dueOn()).isEqualTo(LocalDate.of(2021, 4, 8));
        assertThat(march.submission().state()).isEqualTo(SubmissionState.DUE);
        long report = march.submission().id();
        // the unit's 报表报送 list names the station each report is about
        assertThat(mvc.perform(get("/admin/supervision/reports").with(as(a.editor()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("农村电商服务站点月报（" + name + "） 2021年3月");

        // on Friday 9 April it is overdue, and the center sees the station among those that did not report March
        assertThat(row("2021-04-09T09:00", a.editor(), id, YearMonth.of(2021, 3)).overdue()).isTrue();
        assertThat(missing("2021-04-09T09:00", YearMonth.of(2021, 3), YearMonth.of(2021, 3), YearMonth.of(2021, 3)))
                .contains(id);

        // another unit's staff may neither read the station nor submit its report
        assertThatThrownBy(() -> desk.at("2021-04-09T09:30", b.editor(), () -> stations.station(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.at("2021-04-09T09:30", b.editor(), () -> reportDesk.submit(report,
                figures("10", "1", "1", "1", "1")))).isInstanceOf(AccessDeniedException.class);
        assertThat(desk.at("2021-04-09T09:30", b.editor(), () -> stations.list())).extracting(s -> s.id())
                .doesNotContain(id);

        // a negative parcel count is refused and nothing is stored
        assertThatThrownBy(() -> desk.at("2021-04-09T10:00", a.editor(), () -> reportDesk.submit(report,
                figures("120", "9.50", "-3", "80", "2.00")))).isInstanceOf(InvalidReport.class);
        assertThat(row("2021-04-09T10:00", a.editor(), id, YearMonth.of(2021, 3)).received()).isFalse();

        // submitted late, returned with a reason: not counted and missing again until sent again
        desk.at("2021-04-09T10:05", a.editor(), () -> reportDesk.submit(report, figures("120", "9.50", "300", "80",
                "2.00")));
        assertThat(row("2021-04-09T10:10", a.editor(), id, YearMonth.of(2021, 3)).submission().late()).isTrue();
        desk.at("2021-04-12T09:00", supervisor, () -> reportDesk.returnReport(report, "快递收件数与邮政数据不符，请核实"));
        StationReports.MonthRow returned = row("2021-04-12T09:05", a.editor(), id, YearMonth.of(2021, 3));
        assertThat(returned.submission().state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(returned.submission().returnReason()).isEqualTo("快递收件数与邮政数据不符，请核实");
        assertThat(missing("2021-04-12T09:05", YearMonth.of(2021, 3), YearMonth.of(2021, 3), YearMonth.of(2021, 3)))
                .contains(id);
        assertThat(desk.at("2021-04-12T09:05", supervisor, () -> reports.board(YearMonth.of(2021, 3),
                YearMonth.of(2021, 3), YearMonth.of(2021, 3))).byStation()).filteredOn(t -> t.label().equals(name))
                .allSatisfy(t -> assertThat(t.sum("parcels-in")).isZero());

        // corrected and approved: counted with the corrected figures, no longer missing
        desk.at("2021-04-13T09:00", a.handler(), () -> reportDesk.submit(report, figures("120", "9.50", "260", "80",
                "2.00")));
        desk.at("2021-04-13T15:00", supervisor, () -> reportDesk.approve(report));
        assertThat(row("2021-04-13T15:05", a.editor(), id, YearMonth.of(2021, 3)).submission().state())
                .isEqualTo(SubmissionState.APPROVED);
        assertThat(missing("2021-04-13T15:05", YearMonth.of(2021, 3), YearMonth.of(2021, 3), YearMonth.of(2021, 3)))
                .doesNotContain(id);
        StationReports.Totals mine = desk.at("2021-04-13T15:05", supervisor, () -> reports.board(YearMonth.of(2021, 3),
                YearMonth.of(2021, 3), YearMonth.of(2021, 3))).byStation().stream()
                .filter(t -> t.label().equals(name)).findFirst().orElseThrow();
        assertThat(mine.sum("parcels-in")).isEqualByComparingTo("260");
        // the unit's staff do not see the center's board
        assertThatThrownBy(() -> desk.at("2021-04-13T15:10", a.editor(), () -> reports.board(YearMonth.of(2021, 3),
                YearMonth.of(2021, 3), YearMonth.of(2021, 3)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCenterSeesTotalsAndMonthlyTrendsAsAddedUpByHandAndTheStationsThatDidNotReport() throws Exception {
        String township = ConsoleFixtures.code("汇总乡镇站");
        String first = ConsoleFixtures.code("汇总一村点");
        String second = ConsoleFixtures.code("汇总二村点");
        long t = stationDesk.register("2021-06-01T09:00", supervisor, Level.TOWNSHIP, center, township, a.unitId());
        long v1 = stationDesk.register("2021-06-01T09:05", supervisor, Level.VILLAGE, t, first, a.unitId());
        long v2 = stationDesk.register("2021-06-01T09:10", supervisor, Level.VILLAGE, t, second, a.unitId());

        // June: the township station and the first village point report; the second's report is returned
        desk.at("2021-07-02T09:00", a.editor(), () -> reportDesk.submit(open("2021-07-02T08:00", t, YearMonth.of(2021, 6)),
                figures("100", "12.50", "300", "120", "4.20")));
        desk.at("2021-07-02T09:10", a.editor(), () -> reportDesk.submit(open("2021-07-02T08:00", v1, YearMonth.of(2021, 6)),
                figures("40", "3.25", "90", "30", "1.10")));
        long v2June = open("2021-07-02T08:00", v2, YearMonth.of(2021, 6));
        desk.at("2021-07-02T09:20", a.editor(), () -> reportDesk.submit(v2June, figures("20", "1.00", "50", "10", "0.50")));
        desk.at("2021-07-05T09:00", supervisor, () -> reportDesk.returnReport(v2June, "交易额偏低，请核实"));
        // July: only the township station reports
        desk.at("2021-08-02T09:00", a.editor(), () -> reportDesk.submit(open("2021-08-02T08:00", t, YearMonth.of(2021, 7)),
                figures("120", "15.00", "320", "150", "5.00")));

        StationReports.Board board = desk.at("2021-08-03T09:00", supervisor, () -> reports.board(YearMonth.of(2021, 6),
                YearMonth.of(2021, 7), YearMonth.of(2021, 7)));
        // June counts the township station and the first village point (the returned report does not count):
        // transactions 100 + 40 = 140, sales 12.50 + 3.25 = 15.75, parcels in 300 + 90 = 390, out 120 + 30 = 150,
        // agricultural products 4.20 + 1.10 = 5.30; July is the township station's alone.
        assertThat(board.trend()).extracting(StationReports.Totals::label).containsExactly("2021年6月", "2021年7月");
        StationReports.Totals june = board.trend().get(0);
        StationReports.Totals july = board.trend().get(1);
        assertThat(june.sum("transactions")).isEqualByComparingTo("140");
        assertThat(june.sum("sales")).isEqualByComparingTo("15.75");
        assertThat(june.sum("parcels-in")).isEqualByComparingTo("390");
        assertThat(june.sum("parcels-out")).isEqualByComparingTo("150");
        assertThat(june.sum("farm-sales")).isEqualByComparingTo("5.30");
        assertThat(july.sum("sales")).isEqualByComparingTo("15.00");
        // the two months: transactions 140 + 120 = 260, sales 15.75 + 15.00 = 30.75, parcels in 390 + 320 = 710,
        // out 150 + 150 = 300, agricultural products 5.30 + 5.00 = 10.30
        assertThat(board.total().sum("transactions")).isEqualByComparingTo("260");
        assertThat(board.total().sum("sales")).isEqualByComparingTo("30.75");
        assertThat(board.total().sum("parcels-in")).isEqualByComparingTo("710");
        assertThat(board.total().sum("parcels-out")).isEqualByComparingTo("300");
        assertThat(board.total().sum("farm-sales")).isEqualByComparingTo("10.30");
        // per station: the township station 12.50 + 15.00 = 27.50, the first village point 3.25, the second nothing
        assertThat(board.byStation()).filteredOn(s -> s.label().equals(township)).singleElement()
                .satisfies(s -> assertThat(s.sum("sales")).isEqualByComparingTo("27.50"));
        assertThat(board.byStation()).filteredOn(s -> s.label().equals(first)).singleElement()
                .satisfies(s -> assertThat(s.sum("sales")).isEqualByComparingTo("3.25"));
        assertThat(board.byStation()).filteredOn(s -> s.label().equals(second)).singleElement()
                .satisfies(s -> assertThat(s.sum("sales")).isEqualByComparingTo(BigDecimal.ZERO));
        // July: both village points did not report (their reports not even opened); June: the returned one
        assertThat(board.missing()).extracting(r -> r.station().id()).contains(v1, v2).doesNotContain(t);
        assertThat(missing("2021-08-03T09:00", YearMonth.of(2021, 6), YearMonth.of(2021, 6), YearMonth.of(2021, 6)))
                .contains(v2).doesNotContain(t, v1);

        // the board's page: the chart drawn on the server, the totals, the missing stations by name
        String html = desk.at("2021-08-03T09:00", null, () -> {
            try {
                return mvc.perform(get("/admin/supervision/stations/board").param("from", "2021-06")
                                .param("to", "2021-07").param("month", "2021-07").with(as(supervisor)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(html).contains("<svg", "各月交易额和农产品上行销售额（万元）", "30.75", "2021年7月未报送的站点", first, second);
        mvc.perform(get("/admin/supervision/stations/board").with(as(a.editor()))).andExpect(status().isForbidden());

        // the monthly figures' workbook: each month, then the total row
        byte[] xlsx = mvc.perform(get("/admin/supervision/stations/figures.xlsx").param("from", "2021-06")
                .param("to", "2021-07").with(as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet months = wb.getSheet("月度汇总");
            Row total = months.getRow(3);
            assertThat(months.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2021年6月");
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(30.75);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(710.0);
        }
        // the ledger carries the operators, for the managers only
        mvc.perform(get("/admin/supervision/stations/ledger.xlsx").with(as(a.editor()))).andExpect(status().isForbidden());
        byte[] ledger = mvc.perform(get("/admin/supervision/stations/ledger.xlsx").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ledger))) {
            Sheet sheet = wb.getSheet("站点台账");
            boolean found = false;
            for (Row r : sheet) {
                if (r.getCell(0).getStringCellValue().equals(first)) {
                    found = true;
                    assertThat(r.getCell(1).getStringCellValue()).isEqualTo("村级服务点");
                    assertThat(r.getCell(6).getStringCellValue()).isEqualTo("13912345678");
                }
            }
            assertThat(found).isTrue();
        }
    }
}
