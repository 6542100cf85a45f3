package org.zhengwu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

@ZhengwuTest
class SearchTest {

    @Autowired
    SiteAdministration admin;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    DataDirectory data;
    @Autowired
    MockMvc mvc;

    Fixture fx;

    @BeforeEach
    void setUp() {
        fx = new Fixture(admin, directory, editing, data);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String search(String prefix, String q, String site) throws Exception {
        return mvc.perform(get(prefix + "/search").param("q", q).param("site", site))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String awaitSearch(String q, String site, String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> search("", q, site).contains(expected));
        try {
            return search("", q, site);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void simplifiedAndTraditionalFindEachOther() throws Exception {
        String code = Fixture.code("srch");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        long trad = fx.publish(news, "政府網站改版上線", "<p>新版<b>網站</b>更加便捷。</p>", "2026-11-20 09:30");
        fx.publish(news, "全面推进电子政务建设", "<p>电子政务让群众少跑腿。</p>", "2026-11-21 09:30");

        String found = awaitSearch("网站", code, "政府網站改版上線");
        assertThat(found).contains("lang=\"zh-CN\"", "/assets/site.css", "href=\"/" + code + "/news/" + trad + ".html\"",
                "<mark>网站</mark>", "共找到 1 条结果").doesNotContain("电子政务");
        assertThat(awaitSearch("電子政務", code, "全面推进电子政务建设")).doesNotContain("政府網站改版上線");

        String hant = search("/zh-hant", "网站", code);
        assertThat(hant).contains("lang=\"zh-Hant\"", "政府網站改版上線", "<mark>網站</mark>",
                "href=\"/zh-hant/" + code + "/news/" + trad + ".html\"").doesNotContain("<mark>网站</mark>");
    }

    @Test
    void theTraditionalPageAndItsSearchSnippetWriteTheSameRightCharacters() throws Exception {
        String code = Fixture.code("srch");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        long id = fx.publish(fx.column(site, "news", "工作动态", ColumnKind.NEWS), "爱护发展环境",
                "<p>经济社会不断发展，好干部最多只能兼任一职。</p>", "2026-11-20 09:30");
        awaitSearch("兼任", code, "爱护发展环境");

        String page = fx.awaitContains("/zh-hant/" + code + "/news/" + id + ".html", "愛護發展環境");
        assertThat(page).contains("經濟社會不斷發展，好幹部最多只能兼任一職。");
        String found = search("/zh-hant", "兼任", code);
        assertThat(found).contains("愛護發展環境", "經濟社會不斷發展，好幹部最多只能<mark>兼任</mark>一職。");
        for (String text : new String[] {page, found}) {
            assertThat(text).doesNotContain("髮", "乾部", "隻");
        }
    }

    @Test
    void aQuotedPhraseMatchesOnlyThePhrase() throws Exception {
        String code = Fixture.code("srch");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "通知公告", ColumnKind.NEWS);
        fx.publish(news, "推进数据共享工作方案", "<p>各部门数据共享。</p>", "2026-11-20 09:30");
        fx.publish(news, "共享单车停放管理", "<p>统计停放数据。</p>", "2026-11-20 10:30");
        awaitSearch("数据", code, "共享单车停放管理");
        awaitSearch("数据", code, "推进数据共享工作方案");

        assertThat(search("", "数据 共享", code)).contains("推进数据共享工作方案", "共享单车停放管理");
        assertThat(search("", "\"数据共享\"", code)).contains("推进数据共享工作方案").doesNotContain("共享单车停放管理");
    }

    @Test
    void theSiteFilterKeepsOtherSitesOutAndSuggestsSearchingEverySite() throws Exception {
        String codeA = Fixture.code("srch");
        String codeB = Fixture.code("srch");
        Site a = fx.unitSite(codeA, UnitKind.DEPARTMENT, null);
        fx.unitSite(codeB, UnitKind.DEPARTMENT, null);
        String title = "乡村振兴规划发布" + codeA;
        fx.publish(fx.column(a, "news", "工作动态", ColumnKind.NEWS), title, "<p>乡村振兴。</p>", "2026-11-20 09:30");
        awaitSearch("乡村振兴", codeA, title);

        String other = search("", "乡村振兴", codeB);
        assertThat(other).doesNotContain(title).contains("没有找到相关信息", "在全部网站中搜索", "href=\"/search?q=");
        assertThat(search("", "乡村振兴", "")).contains(title);
    }

    @Test
    void theApiAnswersJson() throws Exception {
        String code = Fixture.code("srch");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        long id = fx.publish(fx.column(site, "news", "工作动态", ColumnKind.NEWS), "營商環境優化", "<p>持续优化营商环境。</p>",
                "2026-11-20 09:30");
        awaitSearch("营商环境", code, "營商環境優化");

        mvc.perform(get("/api/v1/search").param("q", "营商环境").param("site", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.results[0].title").value("營商環境優化"))
                .andExpect(jsonPath("$.results[0].url").value("/" + code + "/news/" + id + ".html"))
                .andExpect(jsonPath("$.results[0].site").value("测试发展局" + code))
                .andExpect(jsonPath("$.results[0].date").value("2026-11-20"))
                .andExpect(jsonPath("$.results[0].snippet").value("持续优化营商环境。"));
        mvc.perform(get("/api/v1/search").param("q", ""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.message").isNotEmpty());
    }

    @Test
    void badInputGetsAnAnswerNeverAnError() throws Exception {
        assertThat(page("/search")).contains("请输入要查找的关键词");
        assertThat(search("", "   ", null)).contains("请输入要查找的关键词");
        assertThat(search("", "政".repeat(300), null)).contains("关键词太长了，请不要超过 100 个字");
        assertThat(search("", "\"unbalanced", null)).contains("没有找到相关信息");
        assertThat(search("", "title:x AND (", null)).contains("没有找到相关信息");
        assertThat(search("", "\u0007\u001b", null)).contains("请输入要查找的关键词");
        assertThat(search("", "网\u0007站*?~^", "no-such-site")).doesNotContain("Exception");
        // a NUL is refused for every address before anything reads it (platform.web.BadInputFilter)
        mvc.perform(get("/search").param("q", "网\u0000站")).andExpect(status().isBadRequest());
        assertThat(search("/zh-hant", "", null)).contains("請輸入要查找的關鍵詞");
        mvc.perform(get("/search").param("q", "x").param("page", "-3")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/search").param("q", "title:x AND (").param("page", "zz")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anUnpublishedItemLeavesTheResults() throws Exception {
        String code = Fixture.code("srch");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        String title = "冬季供暖安排";
        long id = fx.publish(fx.column(site, "news", "工作动态", ColumnKind.NEWS), title, "<p>供暖。</p>", "2026-11-20 09:30");
        awaitSearch("供暖", code, title);

        editing.unpublish(id);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> !search("", "供暖", code).contains(title));
        assertThat(search("", "供暖", code)).contains("没有找到相关信息");
    }

    @Test
    void aDocumentNumberIsFoundWhateverBracketsEitherSideUses() throws Exception {
        String code = Fixture.code("srch");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column policies = fx.column(site, "zcwj", "政策文件", ColumnKind.NEWS);
        fx.publish(policies, "关于推进政务公开的通知", "<p>根据国办发[2017]47号文件精神，现通知如下。</p>", "2026-11-20 09:30");
        fx.publish(policies, "关于另一件事的通知", "<p>根据国办发〔2017〕48号文件精神。</p>", "2026-11-20 10:30");
        Column regulations = fx.column(site, "gfxwj", "规范性文件", ColumnKind.POLICY);
        fx.publish(new org.zhengwu.content.ContentDraft(regulations.id(), "营商环境条例实施意见", null, null, null,
                "2026-11-19 09:30", null, "<p>优化营商环境。</p>", null, null, false, "市政府办公室", "市政办【2024】5号",
                null, null, null, null));
        awaitSearch("营商环境", code, "营商环境条例实施意见");
        awaitSearch("精神", code, "关于另一件事的通知");
        awaitSearch("精神", code, "关于推进政务公开的通知"); // each is indexed by its own listener, in no fixed order

        for (String q : new String[] {"国办发〔2017〕47号", "国办发(2017)47号", "国办发（2017）47号", "国办发【2017】47号"}) {
            assertThat(search("", q, code)).as(q).contains("关于推进政务公开的通知", "共找到 1 条结果")
                    .doesNotContain("关于另一件事的通知");
        }
        assertThat(search("", "市政办〔2024〕5号", code)).contains("营商环境条例实施意见", "共找到 1 条结果");
        assertThat(search("", "市政办[2024]5号", code)).contains("营商环境条例实施意见");
        assertThat(search("", "国办发〔2017〕4号", code)).contains("没有找到相关信息");
        mvc.perform(get("/api/v1/search").param("q", "国办发[2017]48号").param("site", code))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].title").value("关于另一件事的通知"));
    }

    @Test
    void filtersByColumnKindAndDateAndSortsByDate() throws Exception {
        String code = Fixture.code("srch");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        Column notices = fx.column(site, "tzgg", "通知公告", ColumnKind.NOTICE);
        fx.publish(news, "防汛工作动态甲", "<p>防汛防汛防汛。</p>", "2026-06-01 09:30");
        fx.publish(notices, "防汛通知乙", "<p>防汛。</p>", "2026-07-01 09:30");
        fx.publish(news, "防汛工作动态丙", "<p>防汛。</p>", "2026-08-01 09:30");
        awaitSearch("防汛", code, "防汛工作动态丙");
        awaitSearch("防汛", code, "防汛通知乙");
        awaitSearch("防汛", code, "防汛工作动态甲");

        String byColumn = page("/search?q=防汛&site=" + code + "&column=tzgg");
        assertThat(byColumn).contains("防汛通知乙", "共找到 1 条结果", "栏目：tzgg").doesNotContain("防汛工作动态甲");
        assertThat(page("/search?q=防汛&site=" + code + "&kind=NEWS"))
                .contains("防汛工作动态甲", "防汛工作动态丙", "共找到 2 条结果", "类别：工作动态", "<option value=\"NEWS\" selected")
                .doesNotContain("防汛通知乙");
        String range = page("/search?q=防汛&site=" + code + "&from=2026-06-15&to=2026-07-31");
        assertThat(range).contains("防汛通知乙", "共找到 1 条结果", "起始日期：2026-06-15", "value=\"2026-07-31\"")
                .contains("href=\"/search?q=%E9%98%B2%E6%B1%9B&amp;site=" + code + "&amp;from=2026-06-15\"");
        String newest = page("/search?q=防汛&site=" + code + "&sort=date");
        assertThat(newest.indexOf("防汛工作动态丙")).isLessThan(newest.indexOf("防汛通知乙"));
        assertThat(newest.indexOf("防汛通知乙")).isLessThan(newest.indexOf("防汛工作动态甲"));

        assertThat(page("/search?q=防汛&site=" + code + "&from=2026-02-30")).contains("日期“2026-02-30”无效");
        mvc.perform(get("/api/v1/search").param("q", "防汛").param("site", code).param("to", "2026-13-01"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.message").value("日期“2026-13-01”无效，请按“年-月-日”填写，例如 2026-11-20。"));
        mvc.perform(get("/api/v1/search").param("q", "防汛").param("site", code).param("kind", "notice")
                        .param("sort", "date"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].title").value("防汛通知乙"))
                .andExpect(jsonPath("$.results[0].kind").value("NOTICE"));
    }
}
