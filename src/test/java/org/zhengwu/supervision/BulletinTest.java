package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.review.ReviewFixtures;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;
import org.zhengwu.supervision.internal.inspection.Indicator;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.Offender;

/**
 * Last month's bulletin (通报): issued once with its number, its .docx opens with POI and holds the ranking, its .pdf
 * opens with PDFBox with the Chinese font embedded as a subset (the unit's Chinese name extracts from its text), the
 * site with a broken-links week is named with the column, and it becomes a draft notice of the portal.
 */
@ZhengwuTest
class BulletinTest {

    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staffAdministration;
    @Autowired
    PlantedInspections inspections;
    @Autowired
    ContentQueries content;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void lastMonthsBulletinHoldsTheRankingAndTheProblemsInWordAndPdfAndBecomesAPortalNotice() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staffAdministration);
        new ReviewFixtures(siteAdministration, directory, staffAdministration).governmentOffice();
        Site portal = directory.portal().orElseThrow();
        fixtures.column(portal, ColumnKind.NOTICE);
        String code = ConsoleFixtures.code("nyj");
        Site site = siteAdministration.openSite(new NewSite(code, "河东区农业农村局", UnitKind.DEPARTMENT, code,
                "河东区农业农村局网站", null, false, new Site.Theme(null, Site.Theme.DEFAULT_COLOR),
                Site.FooterIdentity.empty(), 0));
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        inspections.week(site.code(), monday, Map.of(Indicator.BROKEN_LINKS, IndicatorState.TRIPPED));
        inspections.latest(site.code(), List.of(PlantedInspections.fault(Indicator.BROKEN_LINKS, site.code(),
                IndicatorState.TRIPPED, "发现2个不可用链接", new Offender("工作动态栏目", "链接指向的页面已不存在", null))));
        StaffUser supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);

        mvc.perform(post("/admin/supervision/bulletins").with(as(supervisor)).with(csrf())
                .param("month", month.toString())).andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/admin/supervision/bulletins").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int year = LocalDate.now(clock).getYear();
        assertThat(list).contains(month.getYear() + "年" + month.getMonthValue() + "月", "〔" + year + "〕");
        String id = list.replaceAll("(?s).*/admin/supervision/bulletins/(\\d+)\\.docx.*", "$1");

        // a second bulletin for the same month is refused, and so is the running month's
        String again = mvc.perform(post("/admin/supervision/bulletins").with(as(supervisor)).with(csrf())
                .param("month", month.toString())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("的通报已经发过，不能重复发。");
        mvc.perform(post("/admin/supervision/bulletins").with(as(supervisor)).with(csrf())
                .param("month", YearMonth.now(clock).toString())).andExpect(status().isBadRequest());

        byte[] docx = mvc.perform(get("/admin/supervision/bulletins/" + id + ".docx").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("关于" + month.getYear() + "年" + month.getMonthValue() + "月全市政府网站考核情况的通报",
                    "政网通〔" + year + "〕");
            String table = doc.getTables().get(0).getText();
            assertThat(table).contains("名次", "单位", "信息发布", "站点检查", "总分", "河东区农业农村局");
            assertThat(text).contains("河东区农业农村局网站（河东区农业农村局）", "问题所在：工作动态栏目（链接指向的页面已不存在）");
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getColor()).isEqualTo("C00000");
        }

        byte[] pdf = mvc.perform(get("/admin/supervision/bulletins/" + id + ".pdf").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the lines wrap between any two characters: read the text as one line
            String text = new PDFTextStripper().getText(doc).replaceAll("\\R", "");
            assertThat(text).contains("河东区农业农村局", "考核情况的通报", "工作动态栏目");
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font).isInstanceOf(PDType0Font.class);
            PDType0Font cjk = (PDType0Font) font;
            assertThat(cjk.isEmbedded()).isTrue();
            assertThat(cjk.getName()).as("a subset's name").matches("[A-Z]{6}\\+.*");
        }

        mvc.perform(post("/admin/supervision/bulletins/" + id + "/notice").with(as(supervisor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/admin/supervision/bulletins").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long item = Long.parseLong(after.replaceAll("(?s).*href=\"/admin/content/(\\d+)\".*", "$1"));
        assertThat(content.latestVersion(item)).hasValueSatisfying(notice -> {
            assertThat(notice.title()).contains("全市政府网站考核情况的通报");
            assertThat(notice.bodyHtml()).contains("<table>", "河东区农业农村局");
            assertThat(notice.isPublished()).as("goes through the portal's review first").isFalse();
        });
        mvc.perform(post("/admin/supervision/bulletins/" + id + "/notice").with(as(supervisor)).with(csrf()))
                .andExpect(status().isBadRequest());
    }
}
