package org.zhengwu.services;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/** {@code /api/v1/service-items}: online items only, every element under its English key, errors as Chinese JSON. */
@ZhengwuTest
class ServiceItemsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceItems items;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;

    Site site;
    ServiceItem online;
    ServiceItem offline;

    @BeforeEach
    void setUp() {
        site = new ConsoleFixtures(sites, staff).site();
        online = items.putOnline(items.create(Guides.complete(Guides.code(), site.unitId())).id());
        offline = items.create(Guides.complete(Guides.code(), site.unitId()));
    }

    @Test
    void anOnlineItemHasEveryElementUnderItsKey() throws Exception {
        mvc.perform(get("/api/v1/service-items/" + online.code()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value(online.code()))
                .andExpect(jsonPath("$.name").value("出生医学证明办理"))
                .andExpect(jsonPath("$.unit.code").value(site.code()))
                .andExpect(jsonPath("$.kind").value("PUBLIC_SERVICE"))
                .andExpect(jsonPath("$.kindName").value("公共服务"))
                .andExpect(jsonPath("$.audiences[0]").value("PERSON"))
                .andExpect(jsonPath("$.themes[0]").value("BIRTH"))
                .andExpect(jsonPath("$.legalBasis[0]").value("《中华人民共和国母婴保健法》第二十三条"))
                .andExpect(jsonPath("$.conditions[0]").value("在本市助产机构出生的新生儿"))
                .andExpect(jsonPath("$.materials[1].name").value("结婚证"))
                .andExpect(jsonPath("$.materials[1].form").value("COPY"))
                .andExpect(jsonPath("$.materials[1].required").value(false))
                .andExpect(jsonPath("$.materials[1].neededWhen").value("父母已登记结婚的"))
                .andExpect(jsonPath("$.materials[1].blankForm").value("/uploads/forms/blank.pdf"))
                .andExpect(jsonPath("$.steps.length()").value(4))
                .andExpect(jsonPath("$.timeLimits.statutoryWorkingDays").value(20))
                .andExpect(jsonPath("$.timeLimits.promisedWorkingDays").value(5))
                .andExpect(jsonPath("$.fees.free").value(true))
                .andExpect(jsonPath("$.place").value("市政务服务中心二楼12号窗口"))
                .andExpect(jsonPath("$.phones.consultation").value("0571-12345678"))
                .andExpect(jsonPath("$.phones.complaint").value("12345"))
                .andExpect(jsonPath("$.result.name").value("出生医学证明"))
                .andExpect(jsonPath("$.onlineApplication").value(true))
                .andExpect(jsonPath("$.visits").value(1))
                .andExpect(jsonPath("$.url").value("/bsfw/item/" + online.code() + ".html"));
    }

    @Test
    void theListHoldsOnlyOnlineItemsAndFiltersByUnitAudienceAndQuery() throws Exception {
        mvc.perform(get("/api/v1/service-items").param("unit", site.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(online.code()))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(offline.code()))));
        mvc.perform(get("/api/v1/service-items").param("unit", site.code()).param("audience", "enterprise"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/service-items").param("unit", String.valueOf(site.unitId())).param("audience", "PERSON")
                        .param("q", "医学证明"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/service-items").param("q", online.code()).param("size", "1"))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items[0].code").value(online.code()));
        mvc.perform(get("/api/v1/service-items").param("q", "100%_!"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anUnknownOrOfflineCodeIsA404InChinese() throws Exception {
        mvc.perform(get("/api/v1/service-items/" + offline.code()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value("没有编码为 " + offline.code() + " 的在线办事事项。"));
        mvc.perform(get("/api/v1/service-items/NO-SUCH-CODE")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", containsString("NO-SUCH-CODE")));
    }

    @Test
    void badParametersAreA400NamingTheParameterInChinese() throws Exception {
        expectBad("audience", "alien", "服务对象“alien”无效，只能是 person（个人）或 enterprise（法人）。");
        expectBad("unit", "no-such-unit", "没有编码或编号为 no-such-unit 的单位。");
        expectBad("page", "0", "页码“0”无效，应为从1开始的整数。");
        expectBad("page", "x", "页码“x”无效，应为从1开始的整数。");
        expectBad("size", "1000", "每页条数应为1至100的整数。");
        expectBad("q", "长".repeat(101), "查询词不能超过100个字。");
    }

    private void expectBad(String parameter, String value, String message) throws Exception {
        mvc.perform(get("/api/v1/service-items").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("bad_parameter"))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.message").value(message));
    }
}
