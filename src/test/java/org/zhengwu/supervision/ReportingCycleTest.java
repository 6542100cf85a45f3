package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseReminder;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.Errands;
import org.zhengwu.cases.internal.DeadlineCheck;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.ReportDesk;
import org.zhengwu.supervision.internal.reporting.ReportForm;
import org.zhengwu.supervision.internal.reporting.ReportForms;
import org.zhengwu.supervision.internal.reporting.Submission;
import org.zhengwu.supervision.internal.reporting.SubmissionState;

/**
 * One month of a report form for three units, on H2 and PostgreSQL, with the clock moved to each step's day: unit A
 * reports on time, unit B late, unit C is returned and reports again; the engine warns about the late one; the
 * supervisor sees who has reported, and the sums and averages on the page and in the .xlsx are the ones worked out by
 * hand below. And a report with wrong values is refused field by field, its input kept and nothing stored.
 */
@ZhengwuTest
class ReportingCycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    ReportForms forms;
    @Autowired
    ReportDesk reports;
    @Autowired
    Cases cases;
    @Autowired
    DeadlineCheck deadlines;
    @Autowired
    JdbcClient jdbc;

    StaffUser supervisor;
    SupervisionDesk.UnitStaff a;
    SupervisionDesk.UnitStaff b;
    SupervisionDesk.UnitStaff c;

    @BeforeEach
    void setUp() {
        desk.qingming2021();
        supervisor = desk.supervisor();
        a = desk.unit();
        b = desk.unit();
        c = desk.unit();
    }

    private ReportForm monthlyForm() {
        return desk.at("2021-03-01T09:00", supervisor, () -> {
            ReportForm f = forms.define(org.zhengwu.ConsoleFixtures.code("m"), "月度招商情况", "MONTHLY", "5",
                    "本月签约项目数|数字|必填|0|1000\n本月到位资金（万元）|金额|必填|0\n进展说明|文本|选填\n"
                            + "是否有重大项目|选项|必填|||是、否");
            forms.assign(f.id(), List.of(a.unitId(), b.unitId(), c.unitId()));
            return f;
        });
    }

    private Submission report(ReportForm f, SupervisionDesk.UnitStaff u) {
        Long id = jdbc.sql("SELECT id FROM report_submission WHERE form_id = ? AND unit_id = ? AND period_start = ?")
                .params(f.id(), u.unitId(), LocalDate.parse("2021-03-01")).query(Long.class).single();
        return desk.at("2021-03-01T09:00", supervisor, () -> reports.report(id).submission());
    }

    private static Map<String, String> values(String signed, String funds) {
        return Map.of("f1", signed, "f2", funds, "f4", "否");
    }

    @Test
    void aMonthWithOneUnitOnTimeOneLateAndOneReturnedAddsUpAsWorkedOutByHand() throws Exception {
        ReportForm f = monthlyForm();
        Submission ra = report(f, a);
        // March 2021 ends on Wednesday 31 March. Five working days after it: Thursday 1 and Friday 2 April, then
        // the weekend of 3 and 4 April and Monday 5 April (清明节) are skipped, Tuesday 6, Wednesday 7, Thursday 8.
        assertThat(ra.dueOn()).isEqualTo(LocalDate.parse("2021-04-08"));
        assertThat(cases.find(ra.caseId()).orElseThrow().deadline()).isEqualTo(LocalDate.parse("2021-04-08"));

        // A reports on Friday 2 April: on time.
        desk.at("2021-04-02T10:00", a.handler(), () -> reports.submit(ra.id(), values("3", "1200.50")));
        // C reports on Tuesday 6 April; the supervisor returns it on Wednesday 7 April: the figures do not add up.
        Submission rc = report(f, c);
        desk.at("2021-04-06T10:00", c.editor(), () -> reports.submit(rc.id(), values("9", "80")));
        desk.at("2021-04-07T15:00", supervisor, () -> reports.returnReport(rc.id(), "签约项目数与台账不符，请核实"));
        assertThat(report(f, c).state()).isEqualTo(SubmissionState.RETURNED);
        // returned on Wednesday 7 April with three working days: Thursday 8, Friday 9, Monday 12 April.
        assertThat(cases.find(rc.caseId()).orElseThrow().deadline()).isEqualTo(LocalDate.parse("2021-04-12"));

        // On Friday 9 April the engine's job finds B's report one working day past Thursday 8 April: overdue.
        Submission rb = report(f, b);
        List<CaseReminder> onFriday = Errands.remindersOn(deadlines, LocalDate.parse("2021-04-09"), rb.caseId());
        assertThat(onFriday).extracting(CaseReminder::kind).contains(CaseReminder.Kind.OVERDUE);

        // C reports again on Friday 9 April (within its three days); B reports on Monday 12 April: late.
        desk.at("2021-04-09T11:00", c.handler(), () -> reports.submit(rc.id(), values("2", "300")));
        desk.at("2021-04-12T09:30", b.handler(), () -> reports.submit(rb.id(), values("4", "99.50")));
        desk.at("2021-04-13T09:00", supervisor, () -> reports.approve(ra.id()));

        assertThat(report(f, a).late()).isFalse();
        assertThat(report(f, b).late()).isTrue();
        assertThat(report(f, c).late()).isFalse();
        assertThat(report(f, c).returns()).isEqualTo(1);
        assertThat(cases.history(rc.caseId())).extracting(e -> e.note()).contains("签约项目数与台账不符，请核实");

        // By hand: signed 3 + 4 + 2 = 9 projects, average 9 / 3 = 3.00; funds 1200.50 + 99.50 + 300 = 1600.00 万元,
        // average 1600 / 3 = 533.33.
        String page = mvc.perform(get("/admin/supervision/report-forms/" + f.id()).param("period", "2021-03-01")
                        .with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2021年3月：应报 3 个单位，已报 3 个，未报 0 个。", "逾期报送", "退回 1 次",
                "<td>9</td><td>3.00</td><td>1600.5</td>".replace("1600.5", "1600"), "533.33");

        byte[] xlsx = mvc.perform(get("/admin/supervision/report-forms/" + f.id() + "/figures.xlsx").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet units = book.getSheet("分单位");
            assertThat(units.getRow(0).getCell(2).getStringCellValue()).isEqualTo("本月签约项目数（合计）");
            Row total = units.getRow(4);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(9);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1600.0);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(533.33);
            Row period = book.getSheet("分期").getRow(1);
            assertThat(period.getCell(0).getStringCellValue()).isEqualTo("2021年3月");
            assertThat(period.getCell(4).getNumericCellValue()).isEqualTo(1600.0);
        }
    }

    @Test
    void aReportWithWrongValuesIsRefusedFieldByFieldKeepsWhatWasTypedAndStoresNothing() throws Exception {
        ReportForm f = monthlyForm();
        Submission ra = report(f, a);
        String page = mvc.perform(post("/admin/supervision/reports/" + ra.id()).with(as(a.handler())).with(csrf())
                        .param("f.f1", "三个").param("f.f2", "-5").param("f.f4", "也许"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("“本月签约项目数”请填写整数", "“本月到位资金（万元）”不能小于 0",
                "“是否有重大项目”只能从列出的选项中选择", "value=\"三个\"", "href=\"#f1\"");
        assertThat(report(f, a).state()).isEqualTo(SubmissionState.DUE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_value WHERE submission_id = ?").param(ra.id())
                .query(Long.class).single()).isZero();

        // another unit's staff may not submit it, nor a supervisor return it without a reason
        assertThatThrownBy(() -> desk.at("2021-04-01T09:00", b.handler(), () -> reports.submit(ra.id(), values("1", "1"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(get("/admin/supervision/reports/" + ra.id()).with(as(b.handler()))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> desk.at("2021-04-01T09:00", a.handler(),
                () -> reports.submit(ra.id(), Map.of("f1", "1", "f2", "1.234", "f4", "是", "admin", "1"))))
                .isInstanceOfSatisfying(InvalidReport.class, e -> assertThat(e.problems()).extracting(p -> p.key())
                        .containsExactlyInAnyOrder("reporting.value.unknown", "reporting.value.amount"));
    }

    @Test
    void aFormWithBadLinesIsRefusedLineByLineAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/admin/supervision/report-forms/new").with(as(supervisor)).with(csrf())
                        .param("code", "Bad Code").param("name", "周报").param("cycle", "WEEKLY").param("deadlineDays", "3")
                        .param("fields", "项目数|数量|必填\n金额|金额|必须\n说明|文本|选填|1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("报表代码须以小写字母开头", "第1行：类型“数量”不认识", "第2行：第三项须写“必填”或“选填”",
                "第3行：只有数字和金额可以设最小值", "项目数|数量|必填");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_form WHERE name = '周报'").query(Long.class).single()).isZero();
    }
}
