package org.zhengwu.supervision.internal.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/**
 * 稿酬: a month's statement from what its editors published, checked against figures worked out by hand; the office's
 * bonus; approval freezing the month; the .xlsx; bad input refused with its message and nothing stored.
 */
@ZhengwuTest
class FeeStatementTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staffAdministration;
    @Autowired
    ContentEditing editing;
    @Autowired
    FeeStatements fees;
    @Autowired
    JdbcClient jdbc;

    ConsoleFixtures fixtures;
    StaffUser supervisor;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staffAdministration);
        supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);
    }

    /** An item of {@code characters} characters of text, written by the editor and published on the day. */
    private long published(StaffUser editor, Column column, int characters, String day) {
        String body = "<p>" + "政".repeat(characters / 2) + "</p>\n<p>" + "务".repeat(characters - characters / 2) + "</p>";
        long id = CaseStaff.as(editor, () -> editing.createDraft(ContentDraft.of(column.id(), "稿件" + characters,
                body, day + " 09:00")));
        editing.publish(id);
        return id;
    }

    @Test
    void theMonthsStatementIsWhatItsEditorsPublishedAtTwoYuanAHundredCharactersWithTheOfficesBonus() throws Exception {
        Site siteA = fixtures.site();
        Site siteB = fixtures.site();
        StaffUser editorA = fixtures.editorOf(siteA);
        StaffUser editorB = fixtures.editorOf(siteB);
        Column newsA = fixtures.column(siteA, ColumnKind.NEWS);
        Column newsB = fixtures.column(siteB, ColumnKind.NEWS);
        // editor A: 250 characters (two full hundreds, 4 yuan) and 1,000 characters (ten, 20 yuan) in May 2017
        published(editorA, newsA, 250, "2017-05-03");
        long adopted = published(editorA, newsA, 1000, "2017-05-20");
        // editor B: 99 characters, not one full hundred (0 yuan); and an item of June, which is not May's
        published(editorB, newsB, 99, "2017-05-31");
        published(editorB, newsB, 500, "2017-06-01");
        // the office: editor A's long item was adopted by the province's portal, 50 yuan
        CaseStaff.as(supervisor, () -> fees.enterBonus(Long.toString(adopted), "50", "被省政府门户网站采用"));

        FeeStatement may = fees.statement(YearMonth.of(2017, 5));
        // so editor A has 2 items, 1,250 characters, 24 yuan of fees and 50 of bonus: 74 yuan
        FeeStatement.Sum a = may.perEditor().stream().filter(s -> s.name().contains(editorA.getUsername())).findFirst()
                .orElseThrow();
        assertThat(a.items()).isEqualTo(2);
        assertThat(a.characters()).isEqualTo(1250);
        assertThat(a.baseFen()).isEqualTo(2400);
        assertThat(a.bonusFen()).isEqualTo(5000);
        assertThat(a.totalFen()).isEqualTo(7400);
        // editor B has one item of 99 characters in May, for nothing
        FeeStatement.Sum b = may.perEditor().stream().filter(s -> s.name().contains(editorB.getUsername())).findFirst()
                .orElseThrow();
        assertThat(b.items()).isEqualTo(1);
        assertThat(b.totalFen()).isZero();
        // unit A's sum is editor A's; the month's total of these two units is 74 yuan
        assertThat(may.perUnit(id -> "u" + id)).filteredOn(s -> s.unitId() == siteA.unitId())
                .singleElement().satisfies(s -> assertThat(s.totalFen()).isEqualTo(7400));
        assertThat(may.lines()).filteredOn(l -> l.unitId() == siteA.unitId() || l.unitId() == siteB.unitId())
                .hasSize(3);

        String page = mvc.perform(get("/admin/supervision/fees").param("month", "2017-05").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2017年5月稿酬明细").contains("未审定").contains("74.00").contains("1250");
    }

    @Test
    void approvalFreezesTheMonthAgainstNewItemsBonusesAndSettings() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.editorOf(site);
        Column news = fixtures.column(site, ColumnKind.NEWS);
        long item = published(editor, news, 300, "2017-08-10"); // 3 hundreds: 6 yuan

        mvc.perform(post("/admin/supervision/fees/approve").param("month", "2017-08").with(csrf()).with(as(supervisor)))
                .andExpect(status().is3xxRedirection());
        assertThat(total(YearMonth.of(2017, 8), site)).isEqualTo(600);

        // afterwards: another item that month, a doubled rate, a bonus — the approved month stays as it was
        published(editor, news, 1000, "2017-08-20");
        CaseStaff.as(supervisor, () -> fees.saveSettings("4", "20", "100"));
        String refused = mvc.perform(post("/admin/supervision/fees/bonus").param("month", "2017-08")
                        .param("item", Long.toString(item)).param("amount", "30").param("reason", "特别表扬")
                        .with(csrf()).with(as(supervisor)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("2017-08 的稿酬已审定，不能再修改");
        assertThat(total(YearMonth.of(2017, 8), site)).isEqualTo(600);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM manuscript_fee_bonus WHERE item_id = ?").param(item)
                .query(Long.class).single()).isZero();
        String again = mvc.perform(post("/admin/supervision/fees/approve").param("month", "2017-08").with(csrf())
                .with(as(supervisor))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("2017-08 的稿酬已经审定过了");
        CaseStaff.as(supervisor, () -> fees.saveSettings("2", "20", "100"));

        // the .xlsx of the month holds the frozen figures
        byte[] xlsx = mvc.perform(get("/admin/supervision/fees/export.xlsx").param("month", "2017-08")
                .with(as(supervisor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet items = wb.getSheet("稿件明细");
            Row line = null;
            for (Row r : items) {
                if (r.getRowNum() > 0 && (long) r.getCell(1).getNumericCellValue() == item) {
                    line = r;
                }
            }
            assertThat(line).isNotNull();
            assertThat(line.getCell(5).getNumericCellValue()).isEqualTo(300);
            assertThat(line.getCell(8).getNumericCellValue()).isEqualTo(6.0);
            assertThat(wb.getSheet("按单位")).isNotNull();
            assertThat(wb.getSheet("按编辑").getRow(0).getCell(0).getStringCellValue()).isEqualTo("编辑");
        }
    }

    @Test
    void theMonthNotYetEndedCannotBeApproved() throws Exception {
        String month = fees.thisMonth().toString();
        String page = mvc.perform(post("/admin/supervision/fees/approve").param("month", month).with(csrf())
                .with(as(supervisor))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(month + " 尚未结束，月份结束后才能审定");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM manuscript_fee_month WHERE fee_month = ?").param(month)
                .query(Long.class).single()).isZero();
    }

    @Test
    void badSettingsAndBonusesAreRefusedWithTheirMessageAndNothingIsStored() throws Exception {
        FeeSettings before = fees.settings();
        assertThat(refusedSettings("abc", "20", "100")).contains("每百字稿酬“abc”无效");
        assertThat(refusedSettings("2.001", "20", "100")).contains("每百字稿酬“2.001”无效");
        assertThat(refusedSettings("2", "", "100")).contains("请填写奖励下限");
        assertThat(refusedSettings("2", "80", "50")).contains("奖励上限不能低于奖励下限");
        assertThat(refusedSettings("-1", "20", "100")).contains("每百字稿酬“-1”无效");
        assertThat(fees.settings()).isEqualTo(before);

        Site site = fixtures.site();
        long item = published(fixtures.editorOf(site), fixtures.column(site, ColumnKind.NEWS), 200, "2017-09-09");
        assertThat(refusedBonus(Long.toString(item), "10", "特别表扬")).contains("奖励金额须在 20.00 元到 100.00 元之间");
        assertThat(refusedBonus(Long.toString(item), "50", " ")).contains("请填写奖励理由");
        assertThat(refusedBonus("abc", "50", "表扬")).contains("稿件编号“abc”不是数字");
        assertThat(refusedBonus("999999999", "50", "表扬")).contains("没有编号为 999999999 的已发布稿件");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM manuscript_fee_bonus WHERE item_id = ?").param(item)
                .query(Long.class).single()).isZero();
        String badMonth = mvc.perform(get("/admin/supervision/fees").param("month", "2017-13").with(as(supervisor)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badMonth).contains("月份“2017-13”无效");
    }

    @Test
    void onlyTheOfficeSeesAndSetsFees() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.editorOf(site);
        mvc.perform(get("/admin/supervision/fees").with(as(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/supervision/fees/settings").param("rate", "9").param("bonusMin", "20")
                .param("bonusMax", "100").with(csrf()).with(as(editor))).andExpect(status().isForbidden());
        // a refusal never shows the statement to someone else: the bad month is not even read
        mvc.perform(post("/admin/supervision/fees/approve").param("month", "bad").with(csrf()).with(as(editor)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/supervision/fees/bonus").param("item", "x").with(csrf()).with(as(editor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/supervision/fees/settings").with(as(fixtures.administrator()))).andExpect(status().isOk());
        assertThat(fees.settings().fenPerHundred()).isNotEqualTo(900);
    }

    private String refusedSettings(String rate, String min, String max) throws Exception {
        return mvc.perform(post("/admin/supervision/fees/settings").param("rate", rate).param("bonusMin", min)
                        .param("bonusMax", max).with(csrf()).with(as(supervisor)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String refusedBonus(String item, String amount, String reason) throws Exception {
        return mvc.perform(post("/admin/supervision/fees/bonus").param("month", "2017-09").param("item", item)
                        .param("amount", amount).param("reason", reason).with(csrf()).with(as(supervisor)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long total(YearMonth month, Site site) {
        return fees.statement(month).perUnit(id -> "").stream().filter(s -> s.unitId() == site.unitId())
                .mapToLong(FeeStatement.Sum::totalFen).sum();
    }
}
