package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.publishing.SiteRebuild;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/**
 * The guides as static pages written by publishing (issue 14): in the full rebuild and after every change, in both
 * scripts, gone when the item goes offline; on the unit's own site; and in the site-group search under 办事指南.
 */
@ZhengwuTest
class GuidePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceItems items;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;
    @Autowired
    Fixture fixture;
    @Autowired
    SiteRebuild rebuild;
    @Autowired
    JdbcClient jdbc;

    Site site;
    ServiceItem item;
    String page;

    @BeforeEach
    void setUp() {
        site = new ConsoleFixtures(sites, staff).site();
        item = items.putOnline(items.create(Guides.complete(Guides.code(), site.unitId())).id());
        page = "/bsfw/item/" + item.code() + ".html";
        Fixture.awaitListenersDone(jdbc);
    }

    @Test
    void afterAFullRebuildTheGuideIsAFileInBothScriptsWithEveryElement() throws Exception {
        fixture.file(page).toFile().delete();
        fixture.file("/zh-hant" + page).toFile().delete();
        rebuild.run();
        assertThat(fixture.read(page)).contains("<h1>出生医学证明办理</h1>", "<caption>基本信息</caption>",
                "<caption>申请材料（共2项）</caption>", "《中华人民共和国母婴保健法》第二十三条", "在本市助产机构出生的新生儿",
                "按情形提交：父母已登记结婚的", "href=\"/uploads/forms/blank.pdf\"", "20个工作日", "5个工作日", "不收费",
                "最多跑一次", "0571-12345678", "12345", "市政务服务中心二楼12号窗口", "工作日 9:00-12:00 13:30-17:00",
                "出生医学证明", "<title>出生医学证明办理 - 办事服务</title>");
        assertThat(fixture.read("/zh-hant" + page)).contains("出生醫學證明辦理", "辦事服務", "申請材料", "市政務服務中心",
                "href=\"/zh-hant/bsfw/\"");
        assertThat(fixture.read("/bsfw/unit/" + site.code() + "/index.html")).contains(page);
        assertThat(fixture.read("/bsfw/theme/birth/index.html")).contains(page);
        assertThat(fixture.read("/zh-hant/bsfw/audience/person/index.html")).contains("/zh-hant" + page);
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>出生医学证明办理</h1>")));
    }

    @Test
    void changingAnItemWritesItsPageAndItsListsAgain() {
        ServiceGuide g = Guides.complete(item.code(), site.unitId());
        items.update(item.id(), new ServiceGuide(g.code(), "出生医学证明补发", g.unitId(), g.kind(), g.audiences(),
                java.util.Set.of(LifeEvent.BIRTH, LifeEvent.SOCIAL_SECURITY), g.legalBasis(), g.conditions(),
                g.materials(), g.steps(), g.statutoryDays(), 3, g.freeOfCharge(), g.fees(), g.place(), g.hours(),
                g.consultationPhone(), g.complaintPhone(), g.resultName(), g.resultSample(), g.onlineApplication(), 0));
        fixture.awaitContains(page, "<h1>出生医学证明补发</h1>", "3个工作日", "零跑动");
        fixture.awaitContains("/zh-hant" + page, "出生醫學證明補發");
        fixture.awaitContains("/bsfw/theme/social_security/index.html", page, "出生医学证明补发");
        fixture.awaitContains("/" + site.code() + "/bsfw/index.html", "出生医学证明补发");
    }

    @Test
    void anItemTakenOfflineLeavesTheTreeTheListsAndTheSearch() throws Exception {
        mvc.perform(get("/search").param("q", "助产机构").param("site", site.code()).param("kind", "GUIDE"))
                .andExpect(content().string(containsString(page)));
        items.takeOffline(item.id());
        fixture.awaitGone(page);
        fixture.awaitGone("/zh-hant" + page);
        Fixture.awaitListenersDone(jdbc);
        assertThat(fixture.read("/bsfw/theme/birth/index.html")).doesNotContain(page);
        assertThat(fixture.read("/" + site.code() + "/bsfw/index.html")).doesNotContain(page).contains("本单位暂无上线的办事事项");
        mvc.perform(get(page)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("事项不存在")));
        mvc.perform(get("/search").param("q", "助产机构").param("site", site.code()))
                .andExpect(content().string(not(containsString(page))));
        rebuild.run();
        assertThat(fixture.file(page)).doesNotExist();
    }

    @Test
    void theFilter办事指南FindsAGuideByAWordOfItsConditionsInEitherScript() throws Exception {
        long news = fixture.publish(fixture.column(site, Fixture.code("n"), "工作动态", ColumnKind.NEWS),
                "助产机构名单公布", "<p>本市助产机构名单。</p>", null);
        Fixture.awaitListenersDone(jdbc);
        mvc.perform(get("/search").param("q", "助产机构").param("site", site.code()))
                .andExpect(content().string(allOf(containsString(page), containsString("/" + news + ".html"))));
        mvc.perform(get("/search").param("q", "助产机构").param("site", site.code()).param("kind", "GUIDE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(page), not(containsString("/" + news + ".html")),
                        containsString("<span>办事指南</span>"), containsString("类别：办事指南"),
                        containsString("<option value=\"GUIDE\" selected>办事指南</option>"))));
        mvc.perform(get("/zh-hant/search").param("q", "助產機構").param("site", site.code()).param("kind", "guide"))
                .andExpect(content().string(allOf(containsString("/zh-hant" + page), containsString("辦事指南"))));
    }

    @Test
    void theUnitsSiteLeadsToItsGuidesInItsOwnFrame() {
        String home = fixture.awaitContains("/" + site.code() + "/index.html", "href=\"/" + site.code() + "/bsfw/\"");
        assertThat(home).contains(">办事服务</a>");
        String own = fixture.awaitContains("/" + site.code() + "/bsfw/index.html", page);
        assertThat(own).contains(site.name(), "出生医学证明办理", "href=\"/bsfw/\"", "aria-current=\"true\"");
        assertThat(fixture.read("/zh-hant/" + site.code() + "/bsfw/index.html")).contains("/zh-hant" + page, "出生醫學證明辦理");
        for (String path : List.of("/" + site.code() + "/bsfw/", "/" + site.code() + "/")) {
            assertThat(fixture.file(path + "index.html")).exists();
        }
    }
}
