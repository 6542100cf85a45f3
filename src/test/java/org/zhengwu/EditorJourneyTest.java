package org.zhengwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.zhengwu.sites.SiteAdministration;

/**
 * The "done when" as one walk: an editor signs in with the login form, writes an article in the console,
 * publishes it, and finds it on the site home and the column list, in simplified and in traditional script.
 */
@ZhengwuTest
class EditorJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;

    @Test
    void anEditorSignsInWritesAndPublishesAnArticleAndReadersFindItInBothScripts() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(sites, staff);
        Site site = fixtures.site();
        Column news = fixtures.column(site, ColumnKind.NEWS);
        StaffUser editor = fixtures.editorOf(site);

        MockHttpSession session = (MockHttpSession) mvc.perform(post("/admin/login").with(csrf())
                        .param("username", editor.username()).param("password", ConsoleFixtures.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();

        String location = mvc.perform(post("/admin/content").session(session).with(csrf())
                        .param("site", String.valueOf(site.id())).param("columnId", String.valueOf(news.id()))
                        .param("title", "我市推进数字政府建设发展").param("publishedAt", "2026-11-20 10:00")
                        .param("bodyHtml", "<p>会议强调，要加快电子政务网站集约化发展。</p>"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/admin/content/" + id + "/publish").session(session).with(csrf()))
                .andExpect(redirectedUrl(location));

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
