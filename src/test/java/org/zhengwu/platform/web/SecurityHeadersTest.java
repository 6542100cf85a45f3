package org.zhengwu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

/**
 * Every kind of page a browser gets carries the same security headers, once each: published pages and the 404 page
 * (served before Spring Security), the search page, the hall's form, the console, the JSON API, Open311. And the
 * published pages hold nothing that policy would block.
 */
@ZhengwuTest
class SecurityHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: http: https:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration admin;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    DataDirectory data;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    StaffAdministration staff;

    @Test
    void everyPageTypeCarriesTheSameSecurityHeadersAndPublishedPagesNeedNothingTheyForbid() throws Exception {
        Fixture fx = new Fixture(admin, directory, editing, data);
        fx.portal();
        String code = Fixture.code("hdr");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        long id = fx.publish(news, "安全响应头测试发展新闻", "<p style=\"color:red\">正文</p><p><img src=\"https://img.example.org/a.png\" alt=\"图\"></p>", "2026-11-03");
        String article = "/" + code + "/news/" + id + ".html";
        fx.awaitContains("/zh-hant" + article, "安全響應頭測試發展新聞");
        fx.awaitContains("/" + code + "/news/index.html", "安全响应头测试发展新闻");
        String box = Fixture.code("hb");
        mailboxes.create(new MailboxDetails(box, "测试信箱", MailboxKind.CONSULTATION, "测试", null, null, 5, 10));
        var administrator = new ConsoleFixtures(admin, staff).administrator();

        Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
        pages.put("home", get("/" + code + "/"));
        pages.put("column list", get("/" + code + "/news/"));
        pages.put("article", get(article));
        pages.put("zh-hant page", get("/zh-hant" + article));
        pages.put("404", get("/" + code + "/no-such-page.html"));
        pages.put("grey mode stylesheet", get("/_zw/mode.css"));
        pages.put("search", get("/search").param("q", "发展"));
        pages.put("zh-hant search", get("/zh-hant/search").param("q", "發展"));
        pages.put("hall form", get("/hdjl/write/" + box));
        pages.put("sign-in page", get("/admin/login"));
        pages.put("console page", get("/admin/staff").with(ConsoleFixtures.as(administrator)));
        pages.put("API JSON", get("/api/v1/search").param("q", "发展"));
        pages.put("Open311", get("/open311/v2/services.json"));
        for (var page : pages.entrySet()) {
            MockHttpServletResponse response = mvc.perform(page.getValue()).andReturn().getResponse();
            String what = page.getKey() + " " + response.getStatus();
            assertThat(response.getStatus()).as(what).isIn(200, 404);
            assertThat(response.getHeaders("Content-Security-Policy")).as(what).containsExactly(CSP);
            assertThat(response.getHeaders("X-Frame-Options")).as(what).containsExactly("SAMEORIGIN");
            assertThat(response.getHeaders("X-Content-Type-Options")).as(what).containsExactly("nosniff");
            assertThat(response.getHeaders("Referrer-Policy")).as(what).containsExactly(
                    page.getKey().startsWith("console") || page.getKey().startsWith("sign-in") ? "same-origin"
                            : "strict-origin-when-cross-origin");
            assertThat(response.getHeader("Strict-Transport-Security")).as(what).isNull();
        }
        assertThat(mvc.perform(get("/admin/login").secure(true)).andReturn().getResponse()
                .getHeaders("Strict-Transport-Security")).containsExactly("max-age=31536000");
        assertThat(mvc.perform(get(article).secure(true)).andReturn().getResponse()
                .getHeaders("Strict-Transport-Security")).containsExactly("max-age=31536000");

        // the policy allows what the published pages use: no inline scripts or handlers, styles and scripts of their own
        for (String path : new String[] {"/" + code + "/", article, "/zh-hant" + article}) {
            String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(path).doesNotContainPattern("(?i)<script(?![^>]*\\ssrc=\"/)")
                    .doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContain("javascript:");
            Matcher links = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(html);
            int stylesheets = 0;
            while (links.find()) {
                assertThat(links.group(1)).as(path).startsWith("/").doesNotStartWith("//");
                stylesheets++;
            }
            assertThat(stylesheets).as(path).isEqualTo(2); // the site's and grey mode's
        }
    }
}
