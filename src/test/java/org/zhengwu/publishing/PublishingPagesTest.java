package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.ObjectStorage;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

/** The pages a publish writes; on S3 too ({@link PublishingPagesOnS3Test}). */
@ZhengwuTest
class PublishingPagesTest {

    @Autowired
    SiteAdministration admin;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    DataDirectory data;
    @Autowired
    ObjectStorage storage;

    Fixture fx;

    @BeforeEach
    void setUp() {
        fx = new Fixture(admin, directory, editing, data, storage);
    }

    @Test
    void aPublishedItemGetsItsPageAndAppearsOnTheListTheHomeAndThePortalInBothScripts() {
        Site portal = fx.portal();
        String code = Fixture.code("pub");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        String title = "全市推进高质量发展大会召开" + code;
        String at = fx.justNow();
        long id = fx.publish(news, title, "<p>会议强调，要坚定不移推进高质量发展。</p>", at);

        String itemPath = "/" + code + "/news/" + id + ".html";
        String page = fx.awaitContains(itemPath, title);
        assertThat(page).contains("<h1>" + title + "</h1>", "会议强调", at, "lang=\"zh-CN\"",
                "href=\"/zh-hant" + itemPath + "\"");
        assertThat(fx.awaitContains("/" + code + "/news/index.html", title)).contains("href=\"" + itemPath + "\"");
        assertThat(fx.awaitContains("/" + code + "/index.html", title)).contains("工作动态");

        String hant = fx.awaitContains("/zh-hant" + itemPath, "高質量發展");
        assertThat(hant).contains("lang=\"zh-Hant\"", "會議強調", "href=\"" + itemPath + "\"", "简体")
                .doesNotContain("高质量发展");
        assertThat(fx.awaitContains("/zh-hant/" + code + "/news/index.html", "高質量發展"))
                .contains("href=\"/zh-hant" + itemPath + "\"", "工作動態");
        assertThat(fx.awaitContains("/zh-hant/" + code + "/index.html", "高質量發展")).contains("/zh-hant" + itemPath);

        assertThat(fx.awaitContains("/" + portal.code() + "/index.html", title)).contains("各单位动态", "href=\"" + itemPath + "\"");
        assertThat(fx.awaitContains("/index.html", title)).contains("各单位动态");
        assertThat(fx.awaitContains("/zh-hant/index.html", "高質量發展")).contains("各單位動態");
    }

    @Test
    void unpublishingRemovesThePageAndTakesItOffTheList() {
        String code = Fixture.code("unp");
        Site site = fx.unitSite(code, UnitKind.TOWNSHIP, null);
        Column notice = fx.column(site, "notice", "通知公告", ColumnKind.NOTICE);
        long stays = fx.publish(notice, "留下的通知" + code, "<p>留下</p>", "2026-11-01");
        long goes = fx.publish(notice, "撤下的通知" + code, "<p>撤下</p>", "2026-11-02");
        String goesPath = "/" + code + "/notice/" + goes + ".html";
        fx.awaitContains(goesPath, "撤下的通知");
        fx.awaitContains("/" + code + "/notice/" + stays + ".html", "rel=\"prev\" href=\"" + goesPath + "\"");

        editing.unpublish(goes);

        fx.awaitGone(goesPath);
        fx.awaitGone("/zh-hant" + goesPath);
        fx.awaitNotContains("/" + code + "/notice/index.html", "撤下的通知");
        fx.awaitNotContains("/" + code + "/notice/" + stays + ".html", goesPath);
        assertThat(fx.read("/" + code + "/notice/index.html")).contains("留下的通知");
        // on S3 the home and list pages go up after the item pages of the same publish: read them once they have
        fx.awaitNotContains("/" + code + "/index.html", "撤下的通知");
        fx.awaitNotContains("/zh-hant/" + code + "/notice/index.html", "撤下的通知");
    }

    @Test
    void fortyFiveItemsMakeThreeListPagesAndEachItemLinksItsNeighbours() {
        String code = Fixture.code("page");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        long[] ids = new long[45];
        for (int i = 0; i < 45; i++) {
            // one a day: item 44 is the newest, so it heads the list
            ids[i] = fx.publish(news, "第" + (i + 1) + "条动态", "<p>内容" + i + "</p>", String.format("2026-10-%02d 08:00", 1 + i % 30)
                    .replace("2026-10", i < 30 ? "2026-09" : "2026-10"));
        }
        String base = "/" + code + "/news/";
        // 第5条 reaches page 3 only with all 45 published (earlier renders also say "第 3 页，共 3 页")
        fx.awaitContains(base + "index_3.html", "第1条动态", "第5条动态", "第 3 页，共 3 页");
        String first = fx.awaitContains(base + "index.html", "第45条动态", "第 1 页，共 3 页");
        assertThat(entries(first, base)).isEqualTo(20);
        assertThat(first).contains("rel=\"next\" href=\"" + base + "index_2.html\"").doesNotContain("rel=\"prev\"");
        String second = fx.awaitContains(base + "index_2.html", "第25条动态", "第6条动态");
        assertThat(entries(second, base)).isEqualTo(20);
        assertThat(second).contains("rel=\"prev\" href=\"" + base + "\"", "rel=\"next\" href=\"" + base + "index_3.html\"");
        assertThat(entries(fx.read(base + "index_3.html"), base)).isEqualTo(5);
        assertThat(fx.exists(base + "index_4.html")).isFalse();
        fx.awaitContains("/zh-hant" + base + "index_3.html", "第 3 頁，共 3 頁");

        // the list runs newest first: item 45 (index 44) is followed by 44, preceded by nothing
        String newest = fx.awaitContains(base + ids[44] + ".html", "rel=\"next\" href=\"" + base + ids[43] + ".html\"");
        assertThat(newest).doesNotContain("rel=\"prev\"").contains("上一篇：没有了");
        String middle = fx.awaitContains(base + ids[20] + ".html", "rel=\"prev\" href=\"" + base + ids[21] + ".html\"",
                "rel=\"next\" href=\"" + base + ids[19] + ".html\"");
        assertThat(middle).contains("第22条动态", "第20条动态");
        fx.awaitContains(base + ids[0] + ".html", "下一篇：没有了", "rel=\"prev\" href=\"" + base + ids[1] + ".html\"");
    }

    @Test
    void anItemThatMovesKeepsEveryNeighbourLinkRightAndLeavesNoCopyBehind() {
        String code = Fixture.code("move");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        Column notice = fx.column(site, "notice", "通知公告", ColumnKind.NOTICE);
        long a = fx.publish(news, "甲动态", "<p>甲</p>", "2026-11-01");
        long b = fx.publish(news, "乙动态", "<p>乙</p>", "2026-11-02");
        long c = fx.publish(news, "丙动态", "<p>丙</p>", "2026-11-03");
        String base = "/" + code + "/news/";
        // list order: 丙, 乙, 甲
        fx.awaitContains(base + b + ".html", "rel=\"prev\" href=\"" + base + c + ".html\"", "rel=\"next\" href=\"" + base + a + ".html\"");

        // pinned, 甲 heads the list: 甲, 丙, 乙 — so 乙 is now last and 丙 follows 甲
        editing.update(a, new ContentDraft(news.id(), "甲动态", null, null, null, "2026-11-01", null, "<p>甲</p>", null, null,
                true, null, null, null, null, null, null));
        editing.publish(a);
        fx.awaitContains(base + b + ".html", "下一篇：没有了");
        assertThat(fx.awaitContains(base + c + ".html", "rel=\"prev\" href=\"" + base + a + ".html\""))
                .contains("rel=\"next\" href=\"" + base + b + ".html\"");
        assertThat(fx.awaitContains(base + "index.html", "置顶")).containsSubsequence("甲动态", "丙动态", "乙动态");

        // moved to another column: the old address goes, the old column's list and neighbours forget it
        editing.update(c, new ContentDraft(notice.id(), "丙动态", null, null, null, "2026-11-03", null, "<p>丙</p>", null, null,
                false, null, null, null, null, null, null));
        editing.publish(c);
        fx.awaitContains("/" + code + "/notice/" + c + ".html", "<h1>丙动态</h1>");
        fx.awaitGone(base + c + ".html");
        fx.awaitGone("/zh-hant" + base + c + ".html");
        fx.awaitNotContains(base + "index.html", "丙动态");
        fx.awaitContains(base + a + ".html", "rel=\"next\" href=\"" + base + b + ".html\"");
        assertThat(fx.awaitContains(base + b + ".html", "rel=\"prev\" href=\"" + base + a + ".html\"")).doesNotContain(c + ".html");
        fx.awaitContains("/" + code + "/notice/index.html", "丙动态");
    }

    /** How many items a list page lists (links to item pages of the column). */
    private static long entries(String page, String columnPath) {
        return java.util.regex.Pattern.compile("<li><a href=\"" + java.util.regex.Pattern.quote(columnPath) + "\\d+\\.html\"")
                .matcher(page).results().count();
    }
}
