package org.zhengwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.zhengwu.ConsoleFixtures.as;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.review.ReviewFixtures;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

/**
 * The "done when" as one walk: an editor signs in with the login form, writes an article in the console and
 * submits it; the unit's reviewer, the Government general office and the secrecy office approve it in turn; readers
 * find it on the site home and the column list, in simplified and in traditional script.
 */
@ZhengwuTest
class EditorJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteDirectory directory;

    @Test
    void anEditorWritesAnArticleThreeLevelsApproveItAndReadersFindItInBothScripts() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(sites, staff);
        ReviewFixtures reviewers = new ReviewFixtures(sites, directory, staff);
        Site site = fixtures.site();
        Column news = fixtures.column(site, ColumnKind.NEWS);
        StaffUser editor = fixtures.editorOf(site);
        StaffUser leader = reviewers.unitReviewerOf(site);
        StaffUser office = reviewers.officeReviewer(reviewers.governmentOffice());
        StaffUser secrecy = reviewers.secrecyReviewer();
        reviewers.offices();

        MockHttpSession session = (MockHttpSession) mvc.perform(post("/admin/login").with(csrf())
                        .param("username", editor.username()).param("password", ConsoleFixtures.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();

        String location = mvc.perform(post("/admin/content").session(session).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "我市推进数字政府建设发展").param("publishedAt", "2026-11-20 10:00")
                        .param("bodyHtml", "<p>会议强调，要加快电子政务网站集约化发展。</p>").param("then", "submit"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已提交审核")).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);

        for (StaffUser reviewer : new StaffUser[] {leader, office, secrecy}) {
            mvc.perform(get("/admin/review").with(as(reviewer)))
                    .andExpect(content().string(containsString("我市推进数字政府建设发展")));
            ReviewFixtures.approve(mvc, reviewer, Long.parseLong(id), 1)
                    .andExpect(redirectedUrl("/admin/review/items/" + id)).andExpect(flash().attribute("notice", "已审核通过"));
        }
        mvc.perform(get(location).session(session)).andExpect(content().string(containsString("已发布（第1版）")));

        String home = "/" + site.code() + "/";
        String list = "/" + site.code() + "/" + news.code() + "/";
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(page(home)).contains("我市推进数字政府建设发展");
            assertThat(page(list)).contains("我市推进数字政府建设发展", list + id + ".html");
            assertThat(page("/zh-hant" + home)).contains("我市推進數字政府建設發展");
            assertThat(page("/zh-hant" + list)).contains("我市推進數字政府建設發展", "/zh-hant" + list + id + ".html");
        });
        assertThat(page(list + id + ".html")).contains("会议强调，要加快电子政务网站集约化发展。");
        assertThat(page("/zh-hant" + list + id + ".html")).contains("會議強調", "電子政務網站");
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsString(StandardCharsets.UTF_8) : "";
    }
}
