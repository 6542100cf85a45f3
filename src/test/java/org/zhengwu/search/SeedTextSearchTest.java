package org.zhengwu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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

/**
 * Search on real government text (excerpts of the shared seed speeches, one written in traditional and one in
 * simplified script), and what a citizen sees around the results.
 */
@ZhengwuTest
class SeedTextSearchTest {

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

    private static String seedHtml(String name) throws IOException {
        String text = new ClassPathResource("search/seeds/" + name).getContentAsString(StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(org.springframework.web.util.HtmlUtils.htmlEscape(paragraph.strip())).append("</p>");
            }
        }
        return html.toString();
    }

    private String search(String prefix, String q, String site) throws Exception {
        return mvc.perform(get(prefix + "/search").param("q", q).param("site", site))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void awaitFound(String q, String site, String title) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> search("", q, site).contains(title));
    }

    @Test
    void realSpeechesAreFoundFromEitherScript() throws Exception {
        String code = Fixture.code("seed");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        fx.publish(news, "政府網站建設工作會議上的講話", seedHtml("traditional-speech.txt"), "2026-11-18 09:00");
        fx.publish(news, "市长在全市信息化工作会议上的讲话", seedHtml("simplified-speech.txt"), "2026-11-19 09:00");
        // each publication is indexed by its own listener, in no fixed order: wait for both
        awaitFound("信息化", code, "市长在全市信息化工作会议上的讲话");
        awaitFound("講話", code, "政府網站建設工作會議上的講話");

        // simplified query, traditional text: 网站建设 is written 網站建設 there
        assertThat(search("", "网站建设", code)).contains("政府網站建設工作會議上的講話", "<mark>网站建设</mark>");
        // traditional query, simplified text: 經濟社會 is written 经济社会 there; the traditional page shows its script
        assertThat(search("/zh-hant", "經濟社會 跨越式發展", code))
                .contains("市長在全市信息化工作會議上的講話", "<mark>經濟社會</mark>", "<mark>跨越式發展</mark>")
                .doesNotContain("政府網站建設工作會議上的講話");
        // a quoted phrase from the traditional speech, typed in simplified
        assertThat(search("", "\"狠抓执行，狠抓落实\"", code)).contains("政府網站建設工作會議上的講話", "共找到 1 条结果");
        // a piece copied from the traditional page that cuts across words (政務|建設|方面|一項) finds it and is marked
        assertThat(search("/zh-hant", "務建設方面一項", code)).contains("政府網站建設工作會議上的講話",
                "<mark>務建設方面一項</mark>", "共找到 1 條結果");
    }

    @Test
    void aWordRanksAboveItsCharactersScatteredInAnotherText() throws Exception {
        String code = Fixture.code("seed");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        fx.publish(news, "来信答复与休息日安排", "<p>市民来信已答复。节假日休息安排如下，城市绿化工作照常。</p>", "2026-11-20 09:00");
        fx.publish(news, "市长在全市信息化工作会议上的讲话", seedHtml("simplified-speech.txt"), "2026-11-19 09:00");
        awaitFound("信息化", code, "市长在全市信息化工作会议上的讲话");
        awaitFound("来信", code, "来信答复与休息日安排"); // indexed too, or the ranking below would prove nothing

        String page = search("", "信息化", code);
        assertThat(page).contains("市长在全市信息化工作会议上的讲话").doesNotContain("来信答复与休息日安排");
    }

    @Test
    void aPublishedItemIsFoundWithoutAReindex() {
        String code = Fixture.code("seed");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        String title = "冬季供暖保障工作部署" + code;
        // how fast is bench/search.sh's business (a wall-clock limit here failed on a busy machine); this waits for it
        fx.publish(news, title, "<p>做好冬季供暖保障。</p>", "2026-11-20 09:00");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> search("", "供暖保障", code).contains(title));
    }

    @Test
    void theSearchPageWearsTheSiteFrameAndSuggestsWhatWouldFindSomething() throws Exception {
        String code = Fixture.code("seed");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        fx.column(site, "notice", "通知公告", ColumnKind.NOTICE);
        String title = "老旧小区改造年度计划" + code;
        fx.publish(news, title, "<p>今年完成老旧小区改造十二个。</p>", "2026-11-20 09:00");
        awaitFound("老旧小区", code, title);

        String found = search("", "老旧小区", code);
        assertThat(found).contains("<nav class=\"main-nav\"", ">工作动态</a>", "<footer class=\"site-footer\"",
                "<select id=\"search-column\"", ">通知公告</option>", "共找到 1 条结果");

        // a filter that leaves nothing: the page offers the search without it, with what that would find
        String filtered = mvc.perform(get("/search").param("q", "老旧小区").param("site", code).param("column", "notice"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("没有找到相关信息", "去掉“栏目”条件再搜（1 条）");

        // one word too many: each shorter query that finds something is offered
        assertThat(search("", "老旧小区 火星基地", code)).contains("只搜“老旧小区”（1 条）")
                .doesNotContain("只搜“火星基地”");
    }
}
