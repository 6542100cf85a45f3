package org.zhengwu.interaction.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.internal.Answering;
import org.zhengwu.interaction.internal.CitizenDesk;
import org.zhengwu.interaction.internal.Dispatching;
import org.zhengwu.sites.SiteAdministration;

/**
 * The hall's statistics on a known set of letters in March 2025 (a month no other test writes into): each letter's
 * case is set to the days it was received, assigned, due and answered, so on time and late are decided on the
 * working-day calendar; the ratings are dated in the month too.
 */
@ZhengwuTest
class LetterStatisticsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);     // a Monday
    private static final LocalDate DUE = LocalDate.of(2025, 3, 10);
    private static final LocalDate ON_TIME = LocalDate.of(2025, 3, 7);
    private static final LocalDate LATE = LocalDate.of(2025, 3, 14);

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    Letters letters;
    @Autowired
    Answering answering;
    @Autowired
    Dispatching dispatching;
    @Autowired
    CitizenDesk citizens;
    @Autowired
    Cases cases;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    LetterStatistics statistics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    CaseStaff staff;
    PublicationFixtures write;
    Mailbox box;

    @BeforeEach
    void setUp() {
        staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
        write = new PublicationFixtures(letters, answering);
        box = hall.mailbox(MailboxKind.HOTLINE_12345, null, 5);
        String onTime = letter(true);
        String late = letter(true);
        letter(false);                                                      // still open
        String refused = write.write(box, false);
        dispatching.refuse(refused, "SPAM", "广告");
        when(onTime, ON_TIME);
        when(late, LATE);
        when(refused, RECEIVED);
        citizens.rate(onTime, "SATISFIED", null);
        citizens.rate(late, "BASICALLY_SATISFIED", null);
        jdbc.sql("UPDATE letter_rating SET rated_at = ? WHERE letter_id IN (SELECT id FROM letter WHERE mailbox_id = ?)")
                .params(LocalDateTime.of(2025, 3, 20, 10, 0).atZone(CHINA).toOffsetDateTime(), box.id()).update();
    }

    /** A letter received on 3 March, given to unit A with 5 working days (due 10 March), answered if asked. */
    private String letter(boolean answer) {
        String number = write.write(box, true);
        dispatching.assign(number, staff.unitA(), "5");
        if (answer) {
            write.answer(number, "已办理。");
        }
        long caseId = cases.findByReference("letter", number).orElseThrow().id();
        jdbc.sql("UPDATE case_record SET opened_at = ?, assigned_on = ?, deadline = ? WHERE id = ?")
                .params(RECEIVED.atTime(9, 0).atZone(CHINA).toOffsetDateTime(), RECEIVED, DUE, caseId).update();
        return number;
    }

    /** The letter's case closed on that day (and received on 3 March). */
    private void when(String number, LocalDate closed) {
        long caseId = cases.findByReference("letter", number).orElseThrow().id();
        jdbc.sql("UPDATE case_record SET opened_at = ?, closed_at = ?, closed_on = ? WHERE id = ?")
                .params(RECEIVED.atTime(9, 0).atZone(CHINA).toOffsetDateTime(),
                        closed.atTime(16, 0).atZone(CHINA).toOffsetDateTime(), closed, caseId).update();
        jdbc.sql("UPDATE letter SET updated_at = ? WHERE tracking_number = ?")
                .params(closed.atTime(16, 0).atZone(CHINA).toOffsetDateTime(), number).update();
    }

    private StatisticsReport.Line line(java.util.List<StatisticsReport.Line> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aMailboxCountsReceivedAnsweredOnTimeWorkingDaysAndSatisfaction() {
        StatisticsReport report = statistics.report(new StatisticsPeriod(2025, 3));
        StatisticsReport.Line hotline = line(report.perMailbox(), box.name());
        assertThat(hotline.received()).isEqualTo(4);
        assertThat(hotline.answered()).as("the refused letter is closed but not answered").isEqualTo(2);
        assertThat(hotline.onTime()).isEqualTo(1);
        assertThat(hotline.onTimeRate()).isEqualTo(0.5);
        double expected = (workingDays.workingDaysBetween(RECEIVED, ON_TIME) + workingDays.workingDaysBetween(RECEIVED, LATE)) / 2.0;
        assertThat(hotline.averageDays()).isEqualTo(expected);
        assertThat(hotline.satisfied()).isEqualTo(1);
        assertThat(hotline.basicallySatisfied()).isEqualTo(1);
        assertThat(hotline.dissatisfied()).isZero();
        assertThat(hotline.satisfactionRate()).isEqualTo(1.0);

        StatisticsReport.Line unitA = line(report.perUnit(), staff.siteA.name().replace("站点", "单位"));
        assertThat(unitA.received()).isEqualTo(3);
        assertThat(unitA.answered()).isEqualTo(2);
        assertThat(unitA.onTime()).isEqualTo(1);
        assertThat(unitA.rated()).isEqualTo(2);

        // the month before and the year after know nothing of them
        assertThat(statistics.report(new StatisticsPeriod(2025, 2)).perMailbox())
                .filteredOn(l -> l.name().equals(box.name())).allSatisfy(l -> assertThat(l.received()).isZero());
    }

    @Test
    void thePublicPageShowsTheSummarySentenceAndRealTablesWithRightAlignedNumbers() throws Exception {
        String html = mvc.perform(get("/hdjl/statistics").param("year", "2025").param("month", "3")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("2025年3月共收到来信").contains("<caption>按信箱统计</caption>")
                .contains("<caption>按单位统计</caption>").contains("<th scope=\"col\" class=\"num\">按期办结率</th>")
                .contains("<th scope=\"row\">" + box.name() + "</th><td class=\"num\">4</td><td class=\"num\">2</td>"
                        + "<td class=\"num\">1</td><td class=\"num\">50.0%</td>")
                .contains("<td class=\"num\">100.0%</td>");
        assertThat(mvc.perform(get("/zh-hant/hdjl/statistics").param("year", "2025")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("2025年共收到來信");
        assertThat(mvc.perform(get("/hdjl/statistics")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("今年共收到来信");
    }

    @Test
    void aPeriodThatIsNotOneIsSaidInWordsAndThisYearIsShown() throws Exception {
        MvcResult r = mvc.perform(get("/hdjl/statistics").param("year", "1999")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("年份应在 2000 年到").contains("今年共收到来信");
        r = mvc.perform(get("/hdjl/statistics").param("month", "13")).andReturn();
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("月份应在 1 到 12 之间");
    }

    @Test
    void theConsoleShowsTheSameFiguresAndExportsThemToExcel() throws Exception {
        String page = mvc.perform(get("/admin/letters/statistics").param("year", "2025").param("month", "3")
                .with(as(staff.supervisor))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2025年3月共收到来信").contains("<th scope=\"row\">" + box.name() + "</th>")
                .contains("/admin/letters/statistics/export.xlsx?year=2025&amp;month=3");

        MvcResult export = mvc.perform(get("/admin/letters/statistics/export.xlsx").param("year", "2025")
                .param("month", "3").with(as(staff.leaderA))).andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet boxes = book.getSheet("按信箱统计");
            assertThat(boxes.getRow(0).getCell(4).getStringCellValue()).isEqualTo("按期办结率");
            Row row = null;
            for (Row r : boxes) {
                if (r.getCell(0).getStringCellValue().equals(box.name())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.5);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1.0);
            assertThat(boxes.getRow(boxes.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(book.getSheet("按单位统计")).isNotNull();
        }
        MvcResult editor = mvc.perform(get("/admin/letters/statistics").with(as(
                new ConsoleFixtures(sites, staffAdministration).editorOf(staff.siteA)))).andReturn();
        assertThat(editor.getResponse().getStatus()).isEqualTo(403);
    }
}
