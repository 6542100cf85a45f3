package org.zhengwu.supervision.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.UnitKind;

/** 监管 › 链接与错别字巡检: the report of a site, its filter, the run button and who may open it. */
@ZhengwuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkReportPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixture fx;
    @Autowired
    LinkCrawl crawl;
    @Autowired
    SiteAdministration siteAdmin;
    @Autowired
    StaffAdministration staff;

    StaffUser supervisor;
    Site site;
    long item;

    @BeforeAll
    void brokenSite() {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdmin, staff);
        supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);
        fx.portal();
        site = fx.unitSite(Fixture.code("lr"), UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        item = fx.publish(news, "有断链的稿件", "<p>请看<a href=\"/" + site.code() + "/news/424242.html\">旧稿件</a>。</p>",
                fx.justNow());
        fx.awaitContains(PublicPaths.HANT_PREFIX + PublicPaths.item(site.code(), "news", item), "舊稿件");
        fx.awaitContains("/index.html", "有断链的稿件");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theReportListsEachBrokenLinkWithItsPageAndTheItemsEditPage() throws Exception {
        crawl.run(site.code(), "test");
        String html = page("/admin/supervision/links?site=" + site.code());
        assertThat(html).contains("不可用的链接和图片（2）", "/" + site.code() + "/news/424242.html", "页面或文件不存在",
                "站内链接", "<a href=\"/admin/content/" + item + "\">修改稿件</a>", "最近一次巡检：", "立即巡检本站");
        assertThat(page("/admin/supervision/links?site=" + site.code() + "&kind=external"))
                .contains("没有发现不可用的链接或图片");
    }

    @Test
    void runNowCrawlsInTheBackgroundAndThePageFollowsIt() throws Exception {
        mvc.perform(post("/admin/supervision/links/run").param("site", site.code()).with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/admin/supervision/links?site=" + site.code()));
        await().atMost(Duration.ofSeconds(60)).until(() -> !crawl.progress().running());
        assertThat(page("/admin/supervision/links?site=" + site.code())).contains("不可用的链接和图片（2）");
    }

    @Test
    void anUnknownSiteIsAClearNotFound() throws Exception {
        String html = mvc.perform(get("/admin/supervision/links?site=no-such-site").with(as(supervisor)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("没有这个站点");
    }

    @Test
    void anEditorMayNotOpenIt() throws Exception {
        StaffUser editor = new ConsoleFixtures(siteAdmin, staff).editorOf(site);
        mvc.perform(get("/admin/supervision/links").with(as(editor))).andExpect(status().isForbidden());
    }
}
