package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.UnitKind;

/** A citizen on any published page finds the way into the hall, and from the hall to its surveys. */
@ZhengwuTest
class HallDoorwayTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixture fx;

    @Test
    void thePortalsNavigationAndHomePageLeadToTheHallInBothScripts() {
        fx.portal();
        String code = Fixture.code("door");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        String title = "门户通往互动交流" + code;
        long id = fx.publish(news, title, "<p>正文</p>", "2026-11-20 09:30");

        String home = fx.awaitContains("/index.html", title);
        assertThat(navigation(home)).contains("<a href=\"/hdjl/\">互动交流</a>");
        assertThat(home).contains("<h2 id=\"hall-1\"><a href=\"/hdjl/\">互动交流</a></h2>",
                "href=\"/hdjl/query\">查询来信办理情况</a>", "href=\"/hdjl/letters\">信件公开</a>",
                "href=\"/hdjl/survey\">征集调查</a>", "href=\"/hdjl/statistics\">来信统计</a>");

        // a unit's own pages lead to the same hall, in the page's script
        String item = fx.awaitContains("/" + code + "/news/" + id + ".html", title);
        assertThat(navigation(item)).contains("<a href=\"/hdjl/\">互动交流</a>");
        String hant = fx.awaitContains("/zh-hant/index.html", "門戶通往互動交流");
        assertThat(navigation(hant)).contains("<a href=\"/zh-hant/hdjl/\">互動交流</a>");
        assertThat(hant).contains("href=\"/zh-hant/hdjl/survey\">徵集調查</a>");
    }

    @Test
    void theHallMarksItselfInTheNavigationLinksToItsSurveysAndNamesItselfOnce() throws Exception {
        fx.portal();
        String hall = mvc.perform(get("/hdjl/")).andReturn().getResponse().getContentAsString();

        assertThat(hall).contains("<title>互动交流</title>", "href=\"/hdjl/survey\">征集调查</a>");
        assertThat(navigation(hall)).contains("<a href=\"/hdjl/\" aria-current=\"true\">互动交流</a>");
        String query = mvc.perform(get("/hdjl/query")).andReturn().getResponse().getContentAsString();
        assertThat(query).contains("<title>查询来信办理情况 - 互动交流</title>");
        assertThat(navigation(query)).contains("aria-current=\"true\">互动交流</a>");
    }

    private static String navigation(String page) {
        int start = page.indexOf("<nav class=\"main-nav\"");
        return page.substring(start, page.indexOf("</nav>", start));
    }
}
