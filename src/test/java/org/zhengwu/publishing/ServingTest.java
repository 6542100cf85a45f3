package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

@ZhengwuTest
class ServingTest {

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

    Fixture fx;

    @BeforeEach
    void setUp() {
        fx = new Fixture(admin, directory, editing, data);
    }

    /** The request exactly as a client sent it, without the encoding a URI template would apply. */
    private static RequestPostProcessor raw(String uri) {
        return request -> {
            request.setRequestURI(uri);
            return request;
        };
    }

    @Test
    void aNewInstallationAnswersRobotsAndTheIconWithoutARebuild() throws Exception {
        mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Disallow: /admin/")));
        byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/x-icon")).andReturn().getResponse().getContentAsByteArray();
        assertThat(icon).startsWith(0, 0, 1, 0); // an icon directory
    }

    @Test
    void servesPagesWithTheirTypesAndAnswersConditionalRequests() throws Exception {
        String code = Fixture.code("srv");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        long id = fx.publish(news, "服务测试发展新闻", "<p>正文</p>", "2026-11-03");
        fx.awaitContains("/" + code + "/index.html", "服务测试发展新闻");
        fx.awaitContains("/" + code + "/news/feed.xml", "服务测试发展新闻");
        fx.awaitContains("/zh-hant/" + code + "/news/" + id + ".html", "服務測試發展新聞");

        MvcResult home = mvc.perform(get("/" + code + "/")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andExpect(header().exists("ETag")).andExpect(header().exists("Last-Modified")).andReturn();
        assertThat(home.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("服务测试发展新闻");
        mvc.perform(get("/" + code)).andExpect(status().isOk());
        mvc.perform(get("/" + code + "/index.html")).andExpect(status().isOk());
        String etag = home.getResponse().getHeader("ETag");
        mvc.perform(get("/" + code + "/").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/" + code + "/").header("If-Modified-Since", home.getResponse().getHeader("Last-Modified")))
                .andExpect(status().isNotModified());
        mvc.perform(head("/" + code + "/news/" + id + ".html")).andExpect(status().isOk())
                .andExpect(content().string("")).andExpect(header().exists("Content-Length"));

        mvc.perform(get("/" + code + "/news/feed.xml")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/rss+xml;charset=UTF-8"));
        mvc.perform(get("/" + code + "/sitemap.xml")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/xml;charset=UTF-8"));
        MvcResult hant = mvc.perform(get("/zh-hant/" + code + "/news/" + id + ".html")).andExpect(status().isOk()).andReturn();
        assertThat(hant.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("服務測試發展新聞");
    }

    @Test
    void thePortalIsServedAtTheRoot() throws Exception {
        Site portal = fx.portal();
        fx.awaitContains("/index.html", portal.name());
        MvcResult root = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
        assertThat(root.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(portal.name(), "lang=\"zh-CN\"");
        fx.awaitContains("/zh-hant/index.html", "lang=\"zh-Hant\"");
        MvcResult hant = mvc.perform(get("/zh-hant/")).andExpect(status().isOk()).andReturn();
        assertThat(hant.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("lang=\"zh-Hant\"");
    }

    @Test
    void anUnknownSiteOrPageGetsThePublishedNotFoundPageInItsScript() throws Exception {
        fx.awaitContains("/404.html", "页面不存在");
        fx.awaitContains("/zh-hant/404.html", "頁面不存在");
        MvcResult r = mvc.perform(get("/no-such-site/news/1.html")).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8")).andReturn();
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<h1>页面不存在</h1>", "lang=\"zh-CN\"");
        MvcResult hant = mvc.perform(get("/zh-hant/no-such-site/")).andExpect(status().isNotFound()).andReturn();
        assertThat(hant.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<h1>頁面不存在</h1>", "lang=\"zh-Hant\"");
        mvc.perform(get("/www/news/999999999.html")).andExpect(status().isNotFound());
        mvc.perform(get("/www/.index.html.1234.tmp")).andExpect(status().isNotFound());
    }

    @Test
    void pathTraversalIsRefusedAndNothingOutsideThePublicFolderIsRead() throws Exception {
        Files.writeString(data.root().resolve("secret.txt"), "TOP-SECRET");
        String[] attempts = {"/../secret.txt", "/www/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
                "/www/..%2f..%2fsecret.txt", "/www/%5c..%5csecret.txt", "/www\\..\\..\\secret.txt", "/www/%00.html",
                "/www/./index.html", "//etc/passwd", "/zh-hant/../../secret.txt"};
        for (String uri : attempts) {
            MvcResult r = mvc.perform(get("/").with(raw(uri))).andReturn();
            assertThat(r.getResponse().getStatus()).as(uri).isIn(400, 404);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(uri).doesNotContain("TOP-SECRET");
        }
        assertThat(mvc.perform(get("/").with(raw("/%2e%2e/secret.txt"))).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/").with(raw("/www/%E5%8F%91.html"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aSiteOnItsOwnHostNameIsServedFromTheRootOfThatHost() throws Exception {
        String code = Fixture.code("host");
        String host = code + ".example.gov.cn";
        Site site = fx.unitSite(code, UnitKind.TOWNSHIP, host);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        long id = fx.publish(news, "本镇发展快讯", "<p>快讯</p>", "2026-11-04");
        fx.awaitContains("/" + code + "/index.html", "本镇发展快讯");
        fx.awaitContains("/zh-hant/" + code + "/news/" + id + ".html", "本鎮發展快訊");

        assertThat(body(mvc.perform(get("/").header("Host", host)).andExpect(status().isOk()).andReturn()))
                .contains("本镇发展快讯", "测试发展局" + code);
        assertThat(body(mvc.perform(get("/news/" + id + ".html").header("Host", host)).andExpect(status().isOk()).andReturn()))
                .contains("<h1>本镇发展快讯</h1>");
        // the pages' own links ("/{site}/...") work on the site's host too
        mvc.perform(get("/" + code + "/news/" + id + ".html").header("Host", host)).andExpect(status().isOk());
        assertThat(body(mvc.perform(get("/zh-hant/news/" + id + ".html").header("Host", host.toUpperCase()))
                .andExpect(status().isOk()).andReturn())).contains("本鎮發展快訊");
        // a page of another site is not this host's
        mvc.perform(get("/www/index.html").header("Host", host)).andExpect(status().isNotFound());
        // the site links back to the portal by its full address, since "/" on this host is the site itself
        assertThat(fx.read("/" + code + "/index.html")).contains("href=\"http://localhost:8080/\"");
    }

    @Test
    void theApplicationsOwnPathsPassThroughToTheApplication() throws Exception {
        MvcResult css = mvc.perform(get("/assets/site.css").with(user("staff"))).andExpect(status().isOk()).andReturn();
        assertThat(css.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("--brand");
        for (String path : new String[] {"/search", "/admin/nothing-here", "/api/nothing", "/uploads/x.pdf"}) {
            String text = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(text).as(path).doesNotContain("页面不存在");
        }
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
