package org.zhengwu.supervision.internal.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.OwnDatabase;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.demo.DemoSiteGroup;
import org.zhengwu.interaction.LetterFilter;
import org.zhengwu.interaction.Letters;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

/**
 * The annual website report of the demo's year, filled from the demo's data (items, letters, surveys, service items,
 * applications), completed by staff, exported and published on the portal in both scripts.
 */
@ZhengwuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportDemoTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_annual");
    }

    @Autowired
    DemoSiteGroup demo;
    @Autowired
    MockMvc mvc;
    @Autowired
    AnnualReports reports;
    @Autowired
    SiteDirectory directory;
    @Autowired
    Letters letters;
    @Autowired
    ServiceItems serviceItems;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixture fx;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staffAdministration;

    StaffUser supervisor;
    int year;
    LocalDate from;
    LocalDate to;

    @BeforeAll
    void theDemo() {
        demo.createIfEmpty();
        supervisor = new ConsoleFixtures(siteAdministration, staffAdministration).staff(StaffRole.SUPERVISOR, null);
        year = reports.thisYear();
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 12, 31);
    }

    @Test
    void thePortalsReportOfTheDemosYearIsFilledFromTheDemosData() {
        AnnualReport r = CaseStaff.as(supervisor, () -> reports.draft("www", year));
        Site portal = directory.portal().orElseThrow();

        assertThat(r.raw(ReportField.SITE_NAME)).isEqualTo(portal.name());
        assertThat(r.raw(ReportField.SITE_TYPE)).isEqualTo("PORTAL");
        assertThat(r.raw(ReportField.SITE_IDENTIFIER)).isEqualTo(portal.footer().siteIdentifier());
        assertThat(r.raw(ReportField.ICP_RECORD)).contains("ICP备");
        // information: every item the demo published on the portal this year
        ZoneId china = ZoneId.of("Asia/Shanghai");
        long items = jdbc.sql("SELECT COUNT(*) FROM content_item WHERE site_id = ? AND status = 'PUBLISHED' "
                        + "AND published_at >= ? AND published_at < ?")
                .params(portal.id(), from.atStartOfDay(china).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(china).toOffsetDateTime())
                .query(Long.class).single();
        assertThat(items).isPositive();
        assertThat(number(r, ReportField.INFO_TOTAL)).isEqualTo(items);
        // 其中: the three kinds the template names (service guides are none of them)
        assertThat(number(r, ReportField.INFO_NEWS)).isPositive();
        assertThat(number(r, ReportField.INFO_NEWS) + number(r, ReportField.INFO_OVERVIEW)
                + number(r, ReportField.INFO_DISCLOSURE)).isLessThanOrEqualTo(items);
        assertThat(number(r, ReportField.INTERPRETATION_MATERIALS)).isPositive();
        // letters: all the demo's letters of the year reached the portal's hall
        long received = letters.list(new LetterFilter(null, null, from, to, 0, LetterFilter.MAX_LIMIT)).size();
        assertThat(received).isPositive();
        assertThat(number(r, ReportField.LETTERS_RECEIVED)).isEqualTo(received);
        assertThat(number(r, ReportField.LETTERS_CLOSED)).isPositive().isLessThanOrEqualTo(received);
        assertThat(Double.parseDouble(r.raw(ReportField.LETTERS_AVERAGE_DAYS))).isBetween(1.0, 10.0);
        // the hall's surveys
        assertThat(number(r, ReportField.SURVEYS)).isPositive();
        // service items online and the applications made this year, by persons and legal persons
        long online = serviceItems.onlineCountByUnit().values().stream().mapToLong(Long::longValue).sum();
        assertThat(number(r, ReportField.SERVICE_ITEMS)).isEqualTo(online).isPositive();
        assertThat(r.raw(ReportField.SERVICE_CATALOGUE)).isEqualTo("YES");
        long applications = jdbc.sql("SELECT COUNT(*) FROM application WHERE submitted_at >= ?")
                .param(from.atStartOfDay(china).toOffsetDateTime()).query(Long.class).single();
        assertThat(number(r, ReportField.APPLICATIONS_TOTAL)).isEqualTo(applications).isPositive();
        assertThat(number(r, ReportField.APPLICATIONS_PERSONS) + number(r, ReportField.APPLICATIONS_LEGAL_PERSONS))
                .isEqualTo(applications);
        // what the platform cannot know is left for staff
        assertThat(r.raw(ReportField.SECURITY_CHECKS)).isEmpty();
    }

    @Test
    void aUnitsSiteReportsItsOwnLettersAndItsStaffSeeOnlyTheirOwnReport() throws Exception {
        Site jyj = directory.siteByCode("jyj").orElseThrow();
        AnnualReport r = CaseStaff.as(supervisor, () -> reports.draft("jyj", year));
        long own = letters.list(new LetterFilter(null, null, from, to, 0, LetterFilter.MAX_LIMIT)).stream()
                .filter(l -> l.unitId() != null && l.unitId() == jyj.unitId()).count();
        assertThat(number(r, ReportField.LETTERS_RECEIVED)).isEqualTo(own);
        assertThat(r.raw(ReportField.SITE_TYPE)).isEqualTo("DEPARTMENT");

        StaffUser editor = new ConsoleFixtures(siteAdministration, staffAdministration).editorOf(jyj);
        mvc.perform(get("/admin/supervision/annual-report/jyj/" + year).with(as(editor))).andExpect(status().isOk());
        mvc.perform(get("/admin/supervision/annual-report/www/" + year).with(as(editor))).andExpect(status().isForbidden());
        String list = body(get("/admin/supervision/annual-report").with(as(editor)));
        assertThat(list).contains(jyj.name()).doesNotContain(directory.portal().orElseThrow().name());
    }

    @Test
    void staffCompleteThePortalsReportThenItIsExportedAndPublishedInBothScripts() throws Exception {
        String base = "/admin/supervision/annual-report/www/" + year;
        mvc.perform(post(base).with(csrf()).with(as(supervisor)).param("topicsNew", "2").param("securityChecks", "4")
                        .param("securityMonitoring", "YES").param("innovation", "SEARCH", "ACCESSIBILITY")
                        .param("weiboName", "清河发布").param("filledOn", year + "-12-01").param("head", "王建国"))
                .andExpect(status().is3xxRedirection());
        AnnualReport r = CaseStaff.as(supervisor, () -> reports.draft("www", year));
        String received = r.raw(ReportField.LETTERS_RECEIVED);

        byte[] xlsx = mvc.perform(get(base + "/report.xlsx").with(as(supervisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row letterRow = null;
            Row checks = null;
            for (Row row : wb.getSheetAt(0)) {
                String name = row.getCell(0).getStringCellValue();
                letterRow = name.equals("收到留言数量（单位：条）") ? row : letterRow;
                checks = name.equals("安全检测评估次数（单位：次）") ? row : checks;
            }
            assertThat(letterRow.getCell(1).getNumericCellValue()).isEqualTo(Double.parseDouble(received));
            assertThat(checks.getCell(1).getNumericCellValue()).isEqualTo(4.0);
        }
        byte[] docx = mvc.perform(get(base + "/report.docx").with(as(supervisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("政府网站工作年度报表").contains("（" + year + "年度）")
                    .contains("收到留言数量（单位：条）").contains("清河发布").contains("搜索即服务、无障碍浏览");
        }

        mvc.perform(post(base + "/publish").with(csrf()).with(as(supervisor))).andExpect(status().is3xxRedirection());
        String page = "/ndbb/www/" + year + ".html";
        fx.awaitContains(page, "政府网站工作年度报表");
        fx.awaitContains("/zh-hant" + page, "政府網站工作年度報表");
        String simplified = body(get(page));
        assertThat(simplified).contains("独立用户访问总量").contains("收到留言数量（单位：条）").contains("王建国")
                .contains("搜索即服务");
        String traditional = body(get("/zh-hant" + page));
        assertThat(traditional).contains("獨立用戶訪問總量").contains("搜索即服務");
        assertThat(body(get("/ndbb/"))).contains(page);
        assertThat(body(get("/zh-hant/ndbb/"))).contains("/zh-hant" + page);
    }

    @Test
    void aWrongFormIsRefusedWithEveryProblemAndNothingIsKept() throws Exception {
        String base = "/admin/supervision/annual-report/hxjd/" + year;
        String page = mvc.perform(post(base).with(csrf()).with(as(supervisor)).param("topicsNew", "-3")
                        .param("securityMonitoring", "MAYBE").param("filledOn", year + "-02-30")
                        .param("innovation", "BLOCKCHAIN").param("weiboName", "微".repeat(201)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("“新开设数量”须填写不小于 0 的整数，“-3”不是")
                .contains("“是否建立安全监测预警机制”只能选择“是”或“否”")
                .contains("“填报日期”不是有效日期：“" + year + "-02-30”")
                .contains("“创新发展”没有“BLOCKCHAIN”这个选项")
                .contains("“微博名称”不能超过 200 个字");
        Site hxjd = directory.siteByCode("hxjd").orElseThrow();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM annual_report WHERE site_id = ?").param(hxjd.id())
                .query(Long.class).single()).isZero();

        String unsaved = mvc.perform(post(base + "/publish").with(csrf()).with(as(supervisor)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unsaved).contains("请先保存填报内容，再发布");
        mvc.perform(get("/admin/supervision/annual-report/hxjd/" + (year + 1)).with(as(supervisor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/supervision/annual-report/hxjd/20x6").with(as(supervisor)))
                .andExpect(status().isNotFound());
    }

    private static long number(AnnualReport r, ReportField f) {
        return Long.parseLong(r.raw(f));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
