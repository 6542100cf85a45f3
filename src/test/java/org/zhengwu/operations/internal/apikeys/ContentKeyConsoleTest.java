package org.zhengwu.operations.internal.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
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
import org.zhengwu.platform.crypto.ApiSecrets;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/** 系统 › 内容接口密钥: issued to a unit once and stored as a hash, audited, refused with the field kept, admin only. */
@ZhengwuTest
class ContentKeyConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;

    ConsoleFixtures fixtures;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staff);
        audit = new AuditRecords(jdbc);
    }

    private long keys() {
        return jdbc.sql("SELECT COUNT(*) FROM content_api_key").query(Long.class).single();
    }

    @Test
    void aKeyIsIssuedToAUnitShownOnceStoredOnlyAsAHashAndAudited() throws Exception {
        StaffUser administrator = fixtures.administrator();
        Site site = fixtures.site();
        String name = "县融媒体中心 " + ConsoleFixtures.code("k");
        String key = new ContentKeyClient(mvc).issue(administrator, site.unitId(), name);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM content_api_key WHERE key_hash = ? AND name = ? AND unit_id = ?")
                .params(ApiSecrets.hash(key), name, site.unitId()).query(Long.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/admin/api-keys").with(as(administrator))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(name, site.name().replace("站点", "单位"), key.substring(0, 12) + "…", "尚未使用")
                .doesNotContain(key);
        long id = jdbc.sql("SELECT id FROM content_api_key WHERE name = ?").param(name).query(Long.class).single();
        assertThat(audit.last("operations.key.issue", id)).get().satisfies(a -> assertThat(a.detail()).isEqualTo(name));
    }

    @Test
    void aKeyWithoutAUnitIsRefusedAtTheFieldWithTheNameKeptAndNothingIsIssued() throws Exception {
        StaffUser administrator = fixtures.administrator();
        long before = keys();
        String page = mvc.perform(post("/admin/api-keys").with(as(administrator)).with(csrf()).param("unit", "")
                        .param("name", "办公系统")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("role=\"alert\"", "请选择密钥所属的单位", "id=\"unit-error\"", "value=\"办公系统\"");
        String noName = mvc.perform(post("/admin/api-keys").with(as(administrator)).with(csrf())
                        .param("unit", String.valueOf(fixtures.site().unitId())).param("name", " "))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noName).contains("请填写使用系统名称", "id=\"name-error\"");
        assertThat(keys()).isEqualTo(before);
    }

    @Test
    void onlyTheSystemAdministratorManagesKeysAndAnotherRolesAttemptIsRecorded() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.editorOf(site);
        StaffUser dispatcher = fixtures.staff(StaffRole.DISPATCHER, null);
        mvc.perform(get("/admin/api-keys").with(as(editor))).andExpect(status().isForbidden());
        long before = keys();
        long seq = audit.lastSeq();
        mvc.perform(post("/admin/api-keys").with(as(dispatcher)).with(csrf()).param("unit", String.valueOf(site.unitId()))
                .param("name", "偷偷签发")).andExpect(status().isForbidden());
        assertThat(audit.since(seq)).anySatisfy(r -> assertThat(r.action()).isEqualTo("operations.key.issue"));
        assertThat(keys()).isEqualTo(before);
    }
}
