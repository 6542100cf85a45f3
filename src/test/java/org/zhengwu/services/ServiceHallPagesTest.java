package org.zhengwu.services;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.SiteAdministration;

/**
 * The public 办事服务 pages, in simplified and traditional script: the doors, the lists and one guide per item, as
 * published files written after each change of an item (the application answers only what is not published).
 */
@ZhengwuTest
class ServiceHallPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceItems items;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    DataDirectory data;
    @Autowired
    JdbcClient jdbc;

    Site site;
    ServiceItem online;
    ServiceItem offline;

    @BeforeEach
    void setUp() {
        site = new ConsoleFixtures(sites, staff).site();
        online = items.putOnline(items.create(Guides.complete(Guides.code(), site.unitId())).id());
        offline = items.create(Guides.complete(Guides.code(), site.unitId()));
        Fixture.awaitListenersDone(jdbc);
    }

    @Test
    void aCitizenFindsTheGuideByUnitByAudienceAndByLifeEvent() throws Exception {
        String link = "/bsfw/item/" + online.code() + ".html";
        mvc.perform(get("/bsfw/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>办事服务</h1>"), containsString("按生活事件"),
                        containsString("/bsfw/theme/birth"), containsString("/bsfw/audience/person"),
                        containsString("/bsfw/unit/" + site.code()), containsString("href=\"/bsfw/query\""),
                        containsString("href=\"/bsfw/handled\""), containsString("href=\"/bsfw/stats\""))));
        for (String door : new String[] {"/bsfw/unit/" + site.code(), "/bsfw/audience/person", "/bsfw/theme/birth"}) {
            mvc.perform(get(door)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("<caption>"), containsString(link),
                            not(containsString(offline.code())))));
        }
        mvc.perform(get("/bsfw/audience/enterprise")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(link))));
    }

    @Test
    void theHallIsInEverySitesNavigationAndMarksItselfThere() throws Exception {
        new Fixture(sites, directory, editing, data).portal();
        Fixture.awaitListenersDone(jdbc); // the hall's pages wear the portal's frame: they are written again
        mvc.perform(get("/bsfw/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>办事服务</title>"),
                        containsString("<a href=\"/bsfw/\" aria-current=\"true\">办事服务</a>"),
                        containsString("<a href=\"/hdjl/\">互动交流</a>"))));
        mvc.perform(get("/bsfw/item/" + online.code() + ".html")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>出生医学证明办理 - 办事服务</title>")));
    }

    @Test
    void theGuideShowsEveryElementInTablesWithCaptions() throws Exception {
        mvc.perform(get("/bsfw/item/" + online.code() + ".html"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>出生医学证明办理</h1>"),
                        containsString("<caption>基本信息</caption>"), containsString("<caption>申请材料（共2项）</caption>"),
                        containsString("《中华人民共和国母婴保健法》第二十三条"), containsString("按情形提交：父母已登记结婚的"),
                        containsString("href=\"/uploads/forms/blank.pdf\""), containsString("20个工作日"),
                        containsString("5个工作日"), containsString("不收费"), containsString("最多跑一次"),
                        containsString("0571-12345678"), containsString("市政务服务中心二楼12号窗口"))));
    }

    @Test
    void theTraditionalScriptPagesShowTheSameGuideConverted() throws Exception {
        mvc.perform(get("/zh-hant/bsfw/item/" + online.code() + ".html"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("出生醫學證明辦理"), containsString("辦事服務"),
                        containsString("申請材料"), containsString("市政務服務中心"))));
        mvc.perform(get("/zh-hant/bsfw/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>辦事服務</h1>"),
                        containsString("/zh-hant/bsfw/theme/birth"), containsString("辦件公示"),
                        containsString("href=\"/zh-hant/bsfw/stats\""))));
    }

    @Test
    void anOfflineOrUnknownItemIsAPageNotFoundInTheHall() throws Exception {
        mvc.perform(get("/bsfw/item/" + offline.code() + ".html")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("事项不存在")));
        mvc.perform(get("/bsfw/item/NOPE.html")).andExpect(status().isNotFound());
        mvc.perform(get("/zh-hant/bsfw/theme/nothing")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("事項不存在")));
        mvc.perform(get("/bsfw/unit/no-such-unit")).andExpect(status().isNotFound());
    }
}
