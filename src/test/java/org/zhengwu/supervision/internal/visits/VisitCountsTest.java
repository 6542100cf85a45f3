package org.zhengwu.supervision.internal.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.UnitKind;

/**
 * Published pages served by the application are counted per site and day (网站总访问量, 独立用户访问总量) without a
 * cookie, and the table keeps counts only: no address, no user agent, no hash.
 */
@ZhengwuTest
class VisitCountsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixture fx;
    @Autowired
    VisitCounter counter;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void pagesServedAreCountedPerSiteAndDayAndAReturningVisitorIsNotCountedTwice() throws Exception {
        String code = Fixture.code("visit");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        long id = fx.publish(fx.column(site, "news", "工作动态", ColumnKind.NEWS), "访问统计测试", "<p>正文</p>", "2026-11-03");
        fx.awaitContains("/zh-hant/" + code + "/news/" + id + ".html", "訪問統計測試");
        // the item pages are written before the list and home pages that link them: wait for the whole publish
        Fixture.awaitListenersDone(jdbc);
        counter.flush();

        mvc.perform(page("/" + code + "/", "203.0.113.5", "Firefox/140")).andExpect(status().isOk());
        mvc.perform(page("/" + code + "/news/" + id + ".html", "203.0.113.5", "Firefox/140")).andExpect(status().isOk());
        mvc.perform(page("/zh-hant/" + code + "/news/" + id + ".html", "203.0.113.5", "Firefox/140"))
                .andExpect(status().isOk());
        mvc.perform(page("/" + code + "/", "198.51.100.7", "Safari/18")).andExpect(status().isOk());
        // neither a missing page nor a feed is a page view; no cookie is set
        mvc.perform(page("/" + code + "/news/999999.html", "192.0.2.1", "x")).andExpect(status().isNotFound());
        mvc.perform(page("/" + code + "/news/feed.xml", "192.0.2.1", "x")).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getCookies()).isEmpty());
        counter.flush();

        LocalDate today = LocalDate.now(clock);
        assertThat(counter.totals(code, today, today)).isEqualTo(new VisitTotals(4, 2));
        assertThat(counter.days(code, today.minusDays(1), today))
                .containsExactly(new VisitTotals.Day(today, 4, 2));

        // the same visitor again later the same day: a page view, not a new visitor
        mvc.perform(page("/" + code + "/", "203.0.113.5", "Firefox/140")).andExpect(status().isOk());
        counter.flush();
        assertThat(counter.totals(code, today, today)).isEqualTo(new VisitTotals(5, 2));
    }

    @Test
    void theTableHoldsCountsOnly() throws Exception {
        mvc.perform(page("/", "203.0.113.77", "Personal-Agent/1.0"));
        counter.flush();

        List<String> columns = jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns "
                        + "WHERE LOWER(table_name) = 'site_visits' AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA) "
                        + "ORDER BY ordinal_position").query(String.class).list();
        assertThat(columns).containsExactly("site_code", "visit_day", "page_views", "unique_visitors");
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM site_visits").query().listOfRows();
        assertThat(rows.toString()).doesNotContain("203.0.113.77").doesNotContain("Personal-Agent");
    }

    @Test
    void nginxsAccessLogOfADayIsImportedAsCountsOnly() throws Exception {
        String code = Fixture.code("nginx");
        fx.unitSite(code, UnitKind.DEPARTMENT, null);
        java.nio.file.Path log = java.nio.file.Files.createTempFile("access", ".log");
        java.nio.file.Files.writeString(log, String.join("\n",
                "203.0.113.5 - - [02/Mar/2026:08:00:01 +0800] \"GET /" + code + "/ HTTP/1.1\" 200 5120 \"-\" \"Firefox/140\"",
                "203.0.113.5 - - [02/Mar/2026:08:00:09 +0800] \"GET /" + code + "/news/1.html?x=1 HTTP/1.1\" 200 812 \"-\" \"Firefox/140\"",
                "198.51.100.7 - - [02/Mar/2026:23:59:59 +0800] \"GET /zh-hant/" + code + "/news/1.html HTTP/2.0\" 304 0 \"-\" \"Safari/18\"",
                "198.51.100.7 - - [02/Mar/2026:09:00:00 +0800] \"GET /" + code + "/style.css HTTP/1.1\" 200 99 \"-\" \"Safari/18\"",
                "198.51.100.7 - - [02/Mar/2026:09:00:00 +0800] \"POST /" + code + "/ HTTP/1.1\" 200 99 \"-\" \"Safari/18\"",
                "198.51.100.8 - - [02/Mar/2026:09:00:00 +0800] \"GET /" + code + "/gone.html HTTP/1.1\" 404 99 \"-\" \"x\"",
                "not a log line", ""));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        importer.output(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(importer.run(List.of(log.toString()))).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("已导入 3 次页面访问（1 天）");
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(counter.totals(code, day, day)).isEqualTo(new VisitTotals(3, 2));
        assertThat(importer.run(List.of(log + ".missing"))).isEqualTo(1);
    }

    @Autowired
    AccessLogImport importer;

    private static MockHttpServletRequestBuilder page(String path, String address, String agent) {
        return get(path).header("User-Agent", agent).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
