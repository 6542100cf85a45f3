package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/**
 * 办事事项 in the console: a unit's editor writes their unit's guides, puts a complete one online and takes it
 * offline, each change audited; an incomplete guide is refused with what it lacks; another unit's editor gets a 403
 * and nothing changes; bad input is named at its field and nothing is stored.
 */
@ZhengwuTest
class ServiceItemPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceItems items;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;

    ConsoleFixtures fixtures;
    AuditRecords audit;
    Site site;
    StaffUser editor;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staff);
        audit = new AuditRecords(jdbc);
        site = fixtures.site();
        editor = fixtures.editorOf(site);
    }

    @Test
    void anEditorWritesAGuidePutsItOnlineAndTakesItOfflineAndEachStepIsAudited() throws Exception {
        String code = Guides.code();
        mvc.perform(Guides.with(post("/admin/services").with(as(editor)).with(csrf()), Guides.formOf(code, site.unitId())))
                .andExpect(status().is3xxRedirection());
        ServiceItem item = items.byCode(code).orElseThrow();
        assertThat(item.state()).isEqualTo(ItemState.OFFLINE);
        assertThat(item.guide().fees()).containsExactly(new Fee("工本费", Guides.yuan("10.50"), "浙价费〔2020〕1号"));
        assertThat(item.guide().materials()).hasSize(1);
        assertThat(item.guide().themes()).containsExactly(LifeEvent.BUSINESS_START, LifeEvent.OPERATING_PERMIT);
        assertThat(item.completeness().complete()).isTrue();
        assertThat(audit.last("services.item.create", item.id())).hasValueSatisfying(r -> {
            assertThat(r.actorId()).isEqualTo(editor.accountId());
            assertThat(r.unitId()).isEqualTo(site.unitId());
        });

        mvc.perform(get("/admin/services").with(as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("食品经营许可"), containsString(code),
                        containsString("100%"), containsString("未上线"))));
        mvc.perform(get("/admin/services/" + item.id()).with(as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("《食品经营许可管理办法》"),
                        containsString("value=\"食品经营许可申请书\""))));

        mvc.perform(post("/admin/services/" + item.id() + "/online").with(as(editor)).with(csrf()))
                .andExpect(redirectedUrl("/admin/services/" + item.id() + "/completeness"))
                .andExpect(flash().attribute("notice", "事项“食品经营许可”已上线。"));
        assertThat(items.byId(item.id()).orElseThrow().online()).isTrue();
        assertThat(audit.last("services.item.online", item.id())).isPresent();

        mvc.perform(post("/admin/services/" + item.id() + "/offline").with(as(editor)).with(csrf()))
                .andExpect(flash().attribute("notice", "事项“食品经营许可”已下线。"));
        assertThat(items.byId(item.id()).orElseThrow().online()).isFalse();
        assertThat(audit.last("services.item.offline", item.id())).isPresent();
    }

    @Test
    void anIncompleteGuideIsRefusedOnlineWithWhatItLacksAndTheMeterShowsIt() throws Exception {
        ServiceItem item = items.create(Guides.bare(Guides.code(), site.unitId()));
        mvc.perform(get("/admin/services/" + item.id() + "/completeness").with(as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("13%"), containsString("还缺少13项必备要素"),
                        containsString("<li>设定依据</li>"), containsString("<li>监督投诉电话</li>"))));

        mvc.perform(post("/admin/services/" + item.id() + "/online").with(as(editor)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("办事指南不完整，不能上线。缺少：服务对象、设定依据、受理条件")));
        assertThat(items.byId(item.id()).orElseThrow().online()).isFalse();
        assertThat(audit.of("services.item.online", item.id())).isEmpty();
    }

    @Test
    void anOnlineItemCannotBeSavedIncomplete() throws Exception {
        ServiceItem item = items.create(Guides.complete(Guides.code(), site.unitId()));
        items.putOnline(item.id());
        mvc.perform(Guides.with(post("/admin/services/" + item.id()).with(as(editor)).with(csrf()),
                        Guides.formOf(item.code(), site.unitId()), "place", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已上线的事项必须保持指南完整，未保存。缺少：办理地点。")));
        assertThat(items.byId(item.id()).orElseThrow().guide().place()).isEqualTo("市政务服务中心二楼12号窗口");
    }

    @Test
    void anotherUnitsEditorIsRefusedAndNothingChanges() throws Exception {
        ServiceItem item = items.create(Guides.bare(Guides.code(), site.unitId()));
        Site other = fixtures.site();
        StaffUser stranger = fixtures.editorOf(other);
        long before = audit.lastSeq();

        mvc.perform(get("/admin/services/" + item.id()).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/" + item.id() + "/completeness").with(as(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(Guides.with(post("/admin/services/" + item.id()).with(as(stranger)).with(csrf()),
                        Guides.formOf(item.code(), other.unitId()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/" + item.id() + "/offline").with(as(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
        String code = Guides.code();
        mvc.perform(Guides.with(post("/admin/services").with(as(stranger)).with(csrf()), Guides.formOf(code, site.unitId())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/services").with(as(stranger)))
                .andExpect(content().string(not(containsString(item.code()))));

        ServiceItem after = items.byId(item.id()).orElseThrow();
        assertThat(after.guide()).isEqualTo(item.guide());
        assertThat(after.updatedAt()).isEqualTo(item.updatedAt());
        assertThat(items.byCode(code)).isEmpty();
        assertThat(audit.since(before)).extracting(AuditRecords.Row::outcome).isNotEmpty().containsOnly("REFUSED");
    }

    @Test
    void aCaseHandlerMayNotWriteGuidesButASupervisorReadsTheirCompleteness() throws Exception {
        ServiceItem item = items.create(Guides.bare(Guides.code(), site.unitId()));
        StaffUser handler = fixtures.staff(StaffRole.CASE_HANDLER, site.unitId());
        mvc.perform(Guides.with(post("/admin/services").with(as(handler)).with(csrf()),
                Guides.formOf(Guides.code(), site.unitId()))).andExpect(status().isForbidden());
        StaffUser supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);
        mvc.perform(get("/admin/services/" + item.id() + "/completeness").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("13%"), not(containsString("编辑指南")))));
        mvc.perform(post("/admin/services/" + item.id() + "/online").with(as(supervisor)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsNamedAtItsFieldKeptInTheFormAndNothingIsStored() throws Exception {
        String code = Guides.code();
        expectRefusal(code, "promisedDays", "30", "承诺办结时限（30个工作日）不能超过法定办结时限（20个工作日）。");
        expectRefusal(code, "statutoryDays", "二十", "法定办结时限请填写工作日数（整数）。");
        expectRefusal(code, "code", "bad code", "事项编码“BAD CODE”格式不对");
        expectRefusal(code, "kind", "FORGED", "请选择事项类型。");
        expectRefusal(code, "consultationPhone", "<script>", "咨询电话“&lt;script&gt;”不是电话号码");
        expectRefusal(code, "feeAmount", "十元", "第1个收费项目的金额应为不小于0的数");
        expectRefusal(code, "unitId", "", "请选择实施单位。");
        assertThat(items.byCode(code)).isEmpty();

        ServiceItem first = items.create(Guides.bare(code, site.unitId()));
        mvc.perform(Guides.with(post("/admin/services").with(as(editor)).with(csrf()), Guides.formOf(code, site.unitId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("事项编码 " + code + " 已被其他事项使用。")));
        assertThat(items.byCode(code).orElseThrow().name()).isEqualTo(first.name());
    }

    private void expectRefusal(String code, String field, String value, String message) throws Exception {
        mvc.perform(Guides.with(post("/admin/services").with(as(editor)).with(csrf()), Guides.formOf(code, site.unitId()),
                        field, value))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(message), containsString("value=\"食品经营许可\""))));
    }
}
