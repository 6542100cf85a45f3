package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.zhengwu.publishing.Decompressing.brotli;
import static org.zhengwu.publishing.Decompressing.gunzip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.web.SecurityHeaders;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

/** Published pages go out as their brotli or gzip copy when the browser takes it, with the same text. */
@ZhengwuTest
class CompressedPagesTest {

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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixture fx;
    String article;

    @BeforeEach
    void publishAnArticle() throws Exception {
        fx = new Fixture(admin, directory, editing, data);
        String code = Fixture.code("gz");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        long id = fx.publish(news, "压缩页面测试发展新闻", "<p>" + "全面推进政务公开标准化规范化工作。".repeat(40) + "</p>", "2026-11-03");
        article = "/" + code + "/news/" + id + ".html";
        fx.awaitContains(article, "压缩页面测试发展新闻");
        awaitCopiesOf(article);
    }

    private void awaitCopiesOf(String path) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).until(() -> {
            byte[] page = Files.readAllBytes(fx.file(path));
            return Files.exists(fx.file(path + ".br")) && Files.exists(fx.file(path + ".gz"))
                    && Arrays.equals(brotli(Files.readAllBytes(fx.file(path + ".br"))), page)
                    && Arrays.equals(gunzip(Files.readAllBytes(fx.file(path + ".gz"))), page);
        });
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aBrowserThatTakesBrotliGetsTheBrotliCopyAndOneThatTakesGzipTheGzipCopy() throws Exception {
        byte[] page = Files.readAllBytes(fx.file(article));
        MockHttpServletResponse plain = fetch(get(article));
        MockHttpServletResponse br = fetch(get(article).header("Accept-Encoding", "gzip, deflate, br, zstd"));
        MockHttpServletResponse gz = fetch(get(article).header("Accept-Encoding", "gzip, deflate"));
        MockHttpServletResponse refusesBr = fetch(get(article).header("Accept-Encoding", "br;q=0, *"));
        MockHttpServletResponse none = fetch(get(article).header("Accept-Encoding", "gzip;q=0, br;q=0"));

        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsByteArray()).isEqualTo(page);
        assertThat(br.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(brotli(br.getContentAsByteArray())).isEqualTo(page);
        assertThat(br.getContentLength()).isEqualTo(br.getContentAsByteArray().length).isLessThan(page.length / 2);
        assertThat(gz.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(gz.getContentAsByteArray())).isEqualTo(page);
        assertThat(refusesBr.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(none.getHeader("Content-Encoding")).isNull();
        for (MockHttpServletResponse r : new MockHttpServletResponse[] {plain, br, gz, none}) {
            assertThat(r.getStatus()).isEqualTo(200);
            assertThat(r.getContentType()).isEqualTo("text/html;charset=UTF-8");
            assertThat(r.getHeader("Vary")).isEqualTo("Accept-Encoding");
            assertThat(r.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        }
        // one tag per representation, so a cache never answers a gzip request with the brotli bytes
        assertThat(java.util.Set.of(plain.getHeader("ETag"), br.getHeader("ETag"), gz.getHeader("ETag"))).hasSize(3);
    }

    @Test
    void conditionalHeadAndRangeRequestsStayRightForEachCoding() throws Exception {
        MockHttpServletResponse br = fetch(get(article).header("Accept-Encoding", "br"));
        String brTag = br.getHeader("ETag");
        String plainTag = fetch(get(article)).getHeader("ETag");

        MockHttpServletResponse same = fetch(get(article).header("Accept-Encoding", "br").header("If-None-Match", brTag));
        assertThat(same.getStatus()).isEqualTo(304);
        assertThat(same.getHeader("ETag")).isEqualTo(brTag);
        assertThat(same.getHeader("Vary")).isEqualTo("Accept-Encoding");
        // the uncompressed page's tag does not match the brotli copy, nor the other way round
        assertThat(fetch(get(article).header("Accept-Encoding", "br").header("If-None-Match", plainTag)).getStatus()).isEqualTo(200);
        assertThat(fetch(get(article).header("If-None-Match", brTag)).getStatus()).isEqualTo(200);
        assertThat(fetch(get(article).header("Accept-Encoding", "br")
                .header("If-Modified-Since", br.getHeader("Last-Modified"))).getStatus()).isEqualTo(304);

        MockHttpServletResponse headBr = fetch(head(article).header("Accept-Encoding", "br"));
        assertThat(headBr.getStatus()).isEqualTo(200);
        assertThat(headBr.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(headBr.getContentLength()).isEqualTo(br.getContentAsByteArray().length);
        assertThat(headBr.getContentAsByteArray()).isEmpty();

        // ranges are not served as parts (no Accept-Ranges): the whole copy comes back, which HTTP allows
        MockHttpServletResponse range = fetch(get(article).header("Accept-Encoding", "gzip").header("Range", "bytes=0-99"));
        assertThat(range.getStatus()).isEqualTo(200);
        assertThat(range.getHeader("Accept-Ranges")).isNull();
        assertThat(gunzip(range.getContentAsByteArray())).isEqualTo(Files.readAllBytes(fx.file(article)));
    }

    @Test
    void aCopyOlderThanItsPageIsNeverSentAndUnpublishingDeletesTheCopies() throws Exception {
        Path page = fx.file(article);
        Fixture.awaitListenersDone(jdbc); // no render is still to come that would make the copy again
        // a page changed behind the publisher's back (or a write cut short between page and copies)
        Files.setLastModifiedTime(fx.file(article + ".br"), java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(page).toMillis() - 60_000));
        fx.awaitContains(article, "压缩页面测试发展新闻");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                "gzip".equals(fetch(get(article).header("Accept-Encoding", "br, gzip")).getHeader("Content-Encoding")));

        long id = Long.parseLong(article.substring(article.lastIndexOf('/') + 1, article.length() - ".html".length()));
        editing.unpublish(id);
        fx.awaitGone(article);
        fx.awaitGone(article + ".br");
        fx.awaitGone(article + ".gz");
        fx.awaitGone("/zh-hant" + article + ".br");
        assertThat(fetch(get(article).header("Accept-Encoding", "br")).getStatus()).isEqualTo(404);
    }

    @Test
    void listPagesHaveCopiesAndAFeedOfOneItemIsTooSmallToNeedThem() throws Exception {
        String column = article.substring(0, article.lastIndexOf('/') + 1);
        fx.awaitContains(column + "index.html", "压缩页面测试发展新闻");
        awaitCopiesOf(column + "index.html");
        assertThat(fetch(get(column).header("Accept-Encoding", "gzip")).getHeader("Content-Encoding")).isEqualTo("gzip");

        String feed = column + "feed.xml";
        fx.awaitContains(feed, "压缩页面测试发展新闻");
        assertThat(Files.size(fx.file(feed))).isLessThan(1024);
        assertThat(Files.exists(fx.file(feed + ".gz"))).isFalse();
        MockHttpServletResponse rss = fetch(get(feed).header("Accept-Encoding", "br, gzip"));
        assertThat(rss.getHeader("Content-Encoding")).isNull();
        assertThat(rss.getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
        assertThat(rss.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("压缩页面测试发展新闻");
    }
}
