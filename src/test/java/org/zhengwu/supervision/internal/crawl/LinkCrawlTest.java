package org.zhengwu.supervision.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.UnitKind;
import org.zhengwu.supervision.internal.inspection.IndicatorReading;
import org.zhengwu.supervision.internal.inspection.IndicatorState;
import org.zhengwu.supervision.internal.inspection.Offender;

/**
 * Faults planted in published pages, found by the crawl of their site and read by the measures: a broken internal
 * link, a broken image, an external link answered 404, one that never answers (a failed probe, not a working link),
 * a typo from the checks module's list; and a clean site that stays healthy.
 */
@ZhengwuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkCrawlTest {

    @Autowired
    Fixture fx;
    @Autowired
    LinkCrawl crawl;
    @Autowired
    CrawlCommand command;
    @Autowired
    BrokenLinksMeasure brokenLinks;
    @Autowired
    SeriousErrorsMeasure seriousErrors;

    LocalServers servers;
    Site faulty;
    Site clean;
    long faultyItem;

    @BeforeAll
    void plantFaults() {
        servers = new LocalServers();
        fx.portal(); // every page links the portal's home "/", rendered with the units' news below
        faulty = fx.unitSite(Fixture.code("lk"), UnitKind.DEPARTMENT, null);
        Column news = fx.column(faulty, "news", "工作动态", ColumnKind.NEWS);
        faultyItem = fx.publish(news, "链接巡检测试稿件", "<p>各部门迫不急待地推进工作。</p>"
                + "<p><a href=\"/" + faulty.code() + "/news/999999.html\">已删除的稿件</a>"
                + " <img src=\"/uploads/nowhere/missing.png\" alt=\"缺失的图片\">"
                + " <a href=\"" + servers.answering("/gone") + "\">已撤下的外部页面</a>"
                + " <a href=\"" + servers.silent("/never") + "\">从不应答的网站</a>"
                + " <a href=\"" + servers.answering("/ok") + "\">正常的外部页面</a>"
                + " <a href=\"/search?q=政务\">站内搜索</a> <a href=\"/hdjl/\">互动交流</a></p>", fx.justNow());
        fx.awaitContains(PublicPaths.item(faulty.code(), "news", faultyItem), "从不应答的网站");
        fx.awaitContains(PublicPaths.HANT_PREFIX + PublicPaths.item(faulty.code(), "news", faultyItem), "從不應答的網站");
        fx.awaitContains("/index.html", "链接巡检测试稿件");
        fx.awaitContains("/zh-hant/index.html", "<html");

        clean = fx.unitSite(Fixture.code("lk"), UnitKind.DEPARTMENT, null);
        Column cleanNews = fx.column(clean, "news", "工作动态", ColumnKind.NEWS);
        long ok = fx.publish(cleanNews, "一切正常的稿件", "<p>见<a href=\"/" + clean.code() + "/news/\">本栏目</a>。</p>",
                fx.justNow());
        fx.awaitContains(PublicPaths.item(clean.code(), "news", ok), "一切正常的稿件");
    }

    @AfterAll
    void stopServers() throws Exception {
        servers.close();
    }

    private static NationalThresholds now() {
        return new NationalThresholds(Instant.now());
    }

    @Test
    void aSiteNeverCrawledIsNotMeasuredRatherThanHealthy() {
        Site unseen = fx.unitSite(Fixture.code("lk"), UnitKind.DEPARTMENT, null);
        assertThat(brokenLinks.measure(unseen, now()).state()).isEqualTo(IndicatorState.NOT_MEASURED);
        assertThat(seriousErrors.measure(unseen, now()).summary()).isEqualTo("本站已发布的页面尚未巡检过，无法判断");
    }

    @Test
    void brokenLinksImagesAndFailedProbesTripTheIndicatorWithTheItemsEditPage() {
        Findings.Crawl done = crawl.run(faulty.code(), "test");
        assertThat(done.done()).isTrue();

        IndicatorReading reading = brokenLinks.measure(faulty, now());
        assertThat(reading.state()).isEqualTo(IndicatorState.TRIPPED);
        String page = PublicPaths.item(faulty.code(), "news", faultyItem);
        // four broken on the item's page, the same four on its zh-Hant mirror
        assertThat(reading.value()).isEqualTo(8);
        assertThat(reading.offenders()).filteredOn(o -> o.label().equals(page)).extracting(Offender::detail)
                .containsExactlyInAnyOrder(
                        "链接 /" + faulty.code() + "/news/999999.html：页面或文件不存在",
                        "图片 /uploads/nowhere/missing.png：页面或文件不存在",
                        "链接 " + servers.answering("/gone") + "：对方网站返回错误（HTTP 404）",
                        "链接 " + servers.silent("/never") + "：探测失败：无法连接或超时");
        assertThat(reading.offenders()).extracting(Offender::fixPath).containsOnly("/admin/content/" + faultyItem);
        assertThat(reading.summary()).contains("8 个不可用");
    }

    @Test
    void aPlantedTypoIsASeriousErrorOfItsPage() {
        crawl.run(faulty.code(), "test");
        IndicatorReading reading = seriousErrors.measure(faulty, now());
        assertThat(reading.state()).isEqualTo(IndicatorState.TRIPPED);
        assertThat(reading.value()).isEqualTo(1); // counted once: the zh-Hant page is the same text converted
        assertThat(reading.offenders()).containsExactly(new Offender(PublicPaths.item(faulty.code(), "news", faultyItem),
                "“迫不急待”应为“迫不及待”", "/admin/content/" + faultyItem));
    }

    @Test
    void theCrawlCommandCrawlsASiteAsManyRoundsAsAskedAndRefusesABadCount() {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        command.output(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(command.run(java.util.List.of(clean.code(), "--rounds", "2"))).isZero();
            assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("crawl: ")).toList())
                    .hasSize(2).allSatisfy(l -> assertThat(l).contains(" 0 broken, 0 typos in "));
            printed.reset();
            assertThat(command.run(java.util.List.of(clean.code(), "--rounds", "0"))).isEqualTo(2);
            assertThat(command.run(java.util.List.of(clean.code(), "--rounds", "两次"))).isEqualTo(2);
            assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("usage: crawl [SITE-CODE] [--rounds N]").doesNotContain("crawl: ");
        } finally {
            command.output(System.out);
        }
    }

    @Test
    void aCleanSiteIsHealthyOnBoth() {
        crawl.run(clean.code(), "test");
        IndicatorReading links = brokenLinks.measure(clean, now());
        assertThat(links.state()).isEqualTo(IndicatorState.HEALTHY);
        assertThat(links.offenders()).isEmpty();
        assertThat(seriousErrors.measure(clean, now()).state()).isEqualTo(IndicatorState.HEALTHY);
    }

    @Test
    void anUnknownSiteIsRefusedWithAReason() {
        assertThatThrownBy(() -> crawl.run("no-such-site", "test")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).key()).isEqualTo("linkcheck.crawl.unknown-site");
    }
}
