package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ImportedArticle;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.review.ReviewFixtures;
import org.zhengwu.services.Applications;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.Offender;
import org.zhengwu.supervision.internal.scores.MonthRanking;
import org.zhengwu.supervision.internal.scores.Rankings;
import org.zhengwu.supervision.internal.scores.ScoreItem;
import org.zhengwu.supervision.internal.scores.ScoreSettings;
import org.zhengwu.supervision.internal.scores.UnitScore;

/**
 * Last month's scores of two new units, from what the content module published and the inspection's weekly history,
 * with the default weights (发布数量 20, 更新及时 10, 审核退回 10, 来信按时 15, 来信满意 10, 办件按时 10, 好差评 5, 站点检查 20).
 */
@ZhengwuTest
class UnitScoresTest {

    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staffAdministration;
    @Autowired
    SiteDirectory directory;
    @Autowired
    Applications applications;
    @Autowired
    Hall hall;
    @Autowired
    ContentEditing editing;
    @Autowired
    ScoreSettings settings;
    @Autowired
    Rankings rankings;
    @Autowired
    PlantedInspections inspections;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    ConsoleFixtures fixtures;
    YearMonth month;
    Site busy;
    Site idle;

    @BeforeEach
    void twoUnitsLastMonth() {
        fixtures = new ConsoleFixtures(siteAdministration, staffAdministration);
        month = YearMonth.now(clock).minusMonths(1);
        busy = fixtures.site();
        idle = fixtures.site();
        Column news = fixtures.column(busy, ColumnKind.NEWS);
        // a duty of one item a week: four items in the month
        settings.setDuty(busy.unitId(), "WEEK", "1");
        // three items, on the 2nd and 3rd (first stretch) and the 20th (third stretch)
        editing.importPublished(List.of(article(busy, news, 2), article(busy, news, 3), article(busy, news, 20)));
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        inspections.week(busy.code(), monday.minusWeeks(1), Map.of(Indicator.SITE_UNREACHABLE, IndicatorState.TRIPPED));
        inspections.week(busy.code(), monday, Map.of());
        inspections.week(busy.code(), monday.plusWeeks(1), Map.of(Indicator.BROKEN_LINKS, IndicatorState.TRIPPED));
        inspections.week(busy.code(), monday.plusWeeks(2), Map.of(Indicator.SITE_UNREACHABLE, IndicatorState.TRIPPED,
                Indicator.BROKEN_LINKS, IndicatorState.WARNING));
        inspections.week(busy.code(), monday.plusWeeks(3), Map.of(Indicator.GUIDES_INCOMPLETE, IndicatorState.TRIPPED,
                Indicator.FOOTER_IDENTITY, IndicatorState.TRIPPED));
    }

    private ImportedArticle article(Site site, Column column, int day) {
        return new ImportedArticle(ConsoleFixtures.code("score"), site.id(), column.id(), "第" + day + "日动态", "本单位",
                month.atDay(day).atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime(), "<p>正文</p>");
    }

    @Test
    void aMonthsScoreIsEachItemsShareTimesItsWeight() {
        MonthRanking ranking = rankings.of(month);
        UnitScore busyScore = score(ranking, busy);
        // 发布数量: 3 of 4 = 0.75 × 20 = 15
        assertThat(busyScore.points().get(ScoreItem.VOLUME)).isEqualTo(15.0);
        // 更新及时: the 1st–7th and the 15th–21st of four stretches = 0.5 × 10 = 5
        assertThat(busyScore.points().get(ScoreItem.TIMELINESS)).isEqualTo(5.0);
        // 审核退回, 来信按时, 来信满意, 办件按时, 好差评: nothing to count, full: 10 + 15 + 10 + 10 + 5
        assertThat(busyScore.groupPoints(ScoreItem.Group.INTERACTION)).isEqualTo(25.0);
        assertThat(busyScore.groupPoints(ScoreItem.Group.SERVICES)).isEqualTo(15.0);
        // 站点检查: the month's four weeks score 100, 90 (a broken-links deduction), 0 (unreachable: veto) and 80 (two
        // deductions); the week before the month does not count: mean 67.5 = 0.675 × 20 = 13.5
        assertThat(busyScore.points().get(ScoreItem.INSPECTION)).isEqualTo(13.5);
        // together 15 + 5 + 10 + 15 + 10 + 10 + 5 + 13.5 = 83.5
        assertThat(busyScore.total()).isEqualTo(83.5);
        // the idle unit: no duty (20), nothing published (0), nothing else to count (50), no inspection week (0) = 70
        UnitScore idleScore = score(ranking, idle);
        assertThat(idleScore.total()).isEqualTo(70.0);
        assertThat(busyScore.rank()).isLessThan(idleScore.rank());
    }

    @Test
    void theRankingPageDrawsTheChartWithItsTableAndTheWorkbookHoldsTheScores() throws Exception {
        StaffUser supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);
        String page = mvc.perform(get("/admin/supervision/ranking").param("month", month.toString()).with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg", "role=\"img\"", "<title id=\"ranking-chart-title\">" + month.getYear() + "年"
                + month.getMonthValue() + "月单位考核排名</title>", "横向条形图");
        String unit = "单位" + busy.code();
        // the bar is labelled with the unit and its total, and the table holds the same figures
        assertThat(page).contains(">" + unit + "</text>", ">83.5</text>");
        assertThat(page).contains("<table class=\"figures\">", unit + "</a></th>", "<strong>83.5</strong>");

        byte[] xlsx = mvc.perform(get("/admin/supervision/ranking/export.xlsx").param("month", month.toString())
                .with(as(supervisor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(new DataFormatter().formatCellValue(header.getCell(2))).isEqualTo("发布数量（20）");
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                if (unit.equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(15.0);
                    assertThat(row.getCell(row.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(83.5);
                    found = true;
                }
            }
            assertThat(found).as("the unit's row").isTrue();
        }
    }

    @Test
    void weightsThatDoNotSumToAHundredAreRefusedWithTheMessageAndNothingChanges() throws Exception {
        StaffUser supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);
        String page = mvc.perform(post("/admin/supervision/weights").with(as(supervisor)).with(csrf())
                        .param("volume", "30").param("timeliness", "10").param("review_returns", "10")
                        .param("letters_on_time", "15").param("letter_satisfaction", "10")
                        .param("services_on_time", "10").param("service_ratings", "5").param("inspection", "20"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("各项权重合计为110分，必须正好是100分，权重未修改。").contains("value=\"30\"");
        assertThat(settings.weights().of(ScoreItem.VOLUME)).isEqualTo(20);
        assertThat(settings.weights().sum()).isEqualTo(100);

        mvc.perform(post("/admin/supervision/weights").with(as(supervisor)).with(csrf()).param("volume", "二十"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("“发布数量”的权重“二十”不是整数")));
        assertThat(settings.weights().of(ScoreItem.VOLUME)).isEqualTo(20);
    }

    @Test
    void aDutyOfNoItemsIsRefusedAndOnlySupervisorsSetDuties() throws Exception {
        StaffUser supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);
        mvc.perform(post("/admin/supervision/duties").with(as(supervisor)).with(csrf())
                        .param("unitId", String.valueOf(idle.unitId())).param("period", "DAY").param("items", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("发布条数须为1到1000之间的整数")));
        assertThat(settings.duties()).noneMatch(d -> d.unitId() == idle.unitId());
        mvc.perform(post("/admin/supervision/duties").with(as(fixtures.editorOf(idle))).with(csrf())
                        .param("unitId", String.valueOf(idle.unitId())).param("period", "DAY").param("items", "5"))
                .andExpect(status().isForbidden());
        assertThat(settings.duties()).noneMatch(d -> d.unitId() == idle.unitId());
        // an item a day, as the seeds ask of key units: this month's page shows the quota and what was done
        mvc.perform(post("/admin/supervision/duties").with(as(supervisor)).with(csrf())
                        .param("unitId", String.valueOf(idle.unitId())).param("period", "DAY").param("items", "1"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/admin/supervision/duties").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("每天1条", "未完成（0%）");
    }

    @Test
    void theScorecardNamesTheFailedItemsWithTheirPlacesAndDrawsTheWeeksWithTheirTable() throws Exception {
        inspections.latest(busy.code(), List.of(PlantedInspections.fault(Indicator.BROKEN_LINKS, busy.code(),
                IndicatorState.TRIPPED, "发现3个不可用链接", new Offender("通知公告栏目", "图片已不存在", "/admin/content"))));
        StaffUser supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);
        String card = mvc.perform(get("/admin/supervision/sites/" + busy.code()).with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // one deduction item failed: 90 points, the place named with its link
        assertThat(card).contains("最新检查得分90分", "发现3个不可用链接", "<a href=\"/admin/content\">通知公告栏目</a>：图片已不存在");
        assertThat(card).contains("<svg", "<title id=\"week-chart-title\">", "<caption>每周检查记录</caption>");
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        assertThat(card).contains("<th scope=\"row\">" + monday.plusWeeks(2) + "</th><td>0</td>");

        String dashboard = mvc.perform(get("/admin/supervision/dashboard").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("站点状态", "<title id=\"trend-chart-title\">全部站点每周平均得分</title>",
                "<caption>每周平均得分</caption>", "/admin/supervision/sites/" + busy.code());
        mvc.perform(get("/admin/supervision/dashboard").with(as(fixtures.editorOf(busy))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theServiceHallsApplicationsAndRatingsCountForTheUnitThatHandledThem() throws Exception {
        Applications.Desk desk = applications.desk();
        Applications.Receipt good = applications.submit(applications.form(desk.item()));
        Applications.Receipt bad = applications.submit(applications.form(desk.item()));
        applications.finish(good, desk.handler(), true);
        applications.finish(bad, desk.handler(), false);
        mvc.perform(post("/bsfw/query/" + good.number() + "/rating").session(applications.lookUp(good))
                .param("level", "VERY_SATISFIED").param("reason", "")).andExpect(status().isSeeOther());
        mvc.perform(post("/bsfw/query/" + bad.number() + "/rating").session(applications.lookUp(bad))
                .param("level", "DISSATISFIED").param("reason", "等了很久")).andExpect(status().isSeeOther());
        UnitScore score = score(rankings.of(YearMonth.now(clock)), desk.site());
        // 办件按时办结: 2 finished, both within their time limit: 1 × 10 = 10
        assertThat(score.figures().applicationsHandled()).isEqualTo(2);
        assertThat(score.points().get(ScoreItem.SERVICES_ON_TIME)).isEqualTo(10.0);
        // 好差评: 1 good of 2 ratings: 0.5 × 5 = 2.5
        assertThat(score.figures().serviceRatings()).isEqualTo(2);
        assertThat(score.points().get(ScoreItem.SERVICE_RATINGS)).isEqualTo(2.5);
    }

    @Test
    void aLetterAnsweredOnTimeAndItsRatingCountForTheAnsweringUnit() throws Exception {
        Site site = fixtures.site();
        StaffUser handler = fixtures.staff(StaffRole.CASE_HANDLER, site.unitId());
        StaffUser leader = fixtures.staff(StaffRole.UNIT_REVIEWER, site.unitId());
        Hall.Receipt letter = hall.submit(hall.mailbox(MailboxKind.CONSULTATION, site.unitId(), 15), "路灯不亮",
                "小区路灯坏了两周，请尽快修理。");
        mvc.perform(post("/admin/letters/" + letter.number() + "/answer").with(as(handler)).with(csrf())
                .param("answer", "已安排维修。").param("action", "submit")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/letters/" + letter.number() + "/approve").with(as(leader)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/hdjl/query/" + letter.number() + "/rating").session(hall.lookUp(letter))
                        .param("rating", "BASICALLY_SATISFIED").param("comment", "")
                        .param(FormGuard.TOKEN_FIELD, hall.ratingToken(letter.number())))
                .andExpect(status().isSeeOther());
        UnitScore score = score(rankings.of(YearMonth.now(clock)), site);
        // 来信按时办结: 1 of 1 answered within its 15 working days: 1 × 15 = 15; 来信满意度: 基本满意 counts: 1 × 10 = 10
        assertThat(score.figures().lettersAnswered()).isEqualTo(1);
        assertThat(score.figures().lettersOnTime()).isEqualTo(1);
        assertThat(score.figures().letterRatings()).isEqualTo(1);
        assertThat(score.figures().lettersSatisfied()).isEqualTo(1);
        assertThat(score.groupPoints(ScoreItem.Group.INTERACTION)).isEqualTo(25.0);
    }

    @Test
    void aReturnInReviewCountsAgainstTheUnitInTheMonthItWasReturned() throws Exception {
        ReviewFixtures reviewers = new ReviewFixtures(siteAdministration, directory, staffAdministration);
        reviewers.offices();
        Column news = fixtures.column(idle, ColumnKind.NEWS);
        StaffUser editor = fixtures.editorOf(idle);
        StaffUser leader = reviewers.unitReviewerOf(idle);
        long first = submit(editor, news, "第一篇送审稿件");
        submit(editor, news, "第二篇送审稿件");
        ReviewFixtures.returnIt(mvc, leader, first, 1, "数据请核实").andExpect(status().is3xxRedirection());
        // this month: 2 submissions, 1 returned: (1 − 1 ÷ 2) × 10 = 5
        UnitScore score = score(rankings.of(YearMonth.now(clock)), idle);
        assertThat(score.figures().submitted()).isEqualTo(2);
        assertThat(score.figures().returned()).isEqualTo(1);
        assertThat(score.points().get(ScoreItem.REVIEW_RETURNS)).isEqualTo(5.0);
    }

    private long submit(StaffUser editor, Column column, String title) throws Exception {
        String location = mvc.perform(post("/admin/content").with(as(editor)).with(csrf())
                        .param("site", String.valueOf(column.siteId())).param("columnId", String.valueOf(column.id()))
                        .param("title", title).param("bodyHtml", "<p>正文</p>").param("category", "GOVERNMENT")
                        .param("then", "submit"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static UnitScore score(MonthRanking ranking, Site site) {
        return ranking.scores().stream().filter(s -> s.figures().siteCode().equals(site.code())).findFirst()
                .orElseThrow();
    }
}
