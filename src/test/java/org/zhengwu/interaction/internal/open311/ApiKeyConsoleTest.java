package org.zhengwu.interaction.internal.open311;

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
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/** The keys' console page: issued once and stored as a hash, revoked, audited, and for the two roles only. */
@ZhengwuTest
class ApiKeyConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    ConsoleFixtures fixtures;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staffAdministration);
        audit = new AuditRecords(jdbc);
    }

    private String page(StaffUser user) throws Exception {
        return mvc.perform(get("/admin/open311/keys").with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aKeyIsShownOnceStoredOnlyAsAHashAndWorksUntilRevoked() throws Exception {
        StaffUser dispatcher = fixtures.staff(StaffRole.DISPATCHER, null);
        String name = "清河通 App " + ConsoleFixtures.code("k");
        String key = new Open311Client(mvc).issueKey(dispatcher, name);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM open311_api_key WHERE key_hash = ? AND name = ?")
                .params(ApiKeys.hash(key), name).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM open311_api_key WHERE key_hash = ? OR key_prefix = ?")
                .params(key, key).query(Long.class).single()).as("the key itself is nowhere").isZero();
        String again = page(dispatcher);
        assertThat(again).contains(name, key.substring(0, 12) + "…", "尚未使用").doesNotContain(key);
        long id = jdbc.sql("SELECT id FROM open311_api_key WHERE name = ?").param(name).query(Long.class).single();
        assertThat(audit.last("open311.key.issue", id)).get().satisfies(a -> assertThat(a.detail()).isEqualTo(name));

        StaffUser administrator = fixtures.staff(StaffRole.ADMINISTRATOR, null);
        mvc.perform(post("/admin/open311/keys/" + id + "/revoke").with(as(administrator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(administrator)).contains("已于");
        assertThat(audit.last("open311.key.revoke", id)).isPresent();
        String twice = mvc.perform(post("/admin/open311/keys/" + id + "/revoke").with(as(administrator)).with(csrf()))
                .andReturn().getFlashMap().get("error").toString();
        assertThat(twice).contains("早已吊销");
        mvc.perform(post("/admin/open311/keys/999999999/revoke").with(as(administrator)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aKeyWithoutANameIsRefusedAtTheFieldAndNothingIsIssued() throws Exception {
        StaffUser dispatcher = fixtures.staff(StaffRole.DISPATCHER, null);
        long before = jdbc.sql("SELECT COUNT(*) FROM open311_api_key").query(Long.class).single();
        String page = mvc.perform(post("/admin/open311/keys").with(as(dispatcher)).with(csrf()).param("name", "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("role=\"alert\"", "请填写使用单位或应用名称", "aria-describedby=\"name-hint name-error\"",
                "id=\"name-error\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM open311_api_key").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void otherRolesAreTurnedAwayAndTheirAttemptRecorded() throws Exception {
        StaffUser editor = fixtures.editorOf(fixtures.site());
        StaffUser handler = fixtures.staff(StaffRole.CASE_HANDLER, fixtures.site().unitId());
        mvc.perform(get("/admin/open311/keys").with(as(editor))).andExpect(status().isForbidden());
        long before = audit.lastSeq();
        mvc.perform(post("/admin/open311/keys").with(as(handler)).with(csrf()).param("name", "偷偷签发"))
                .andExpect(status().isForbidden());
        assertThat(audit.since(before)).isNotEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM open311_api_key WHERE name = '偷偷签发'").query(Long.class).single())
                .isZero();
        assertThat(page(fixtures.staff(StaffRole.ADMINISTRATOR, null))).contains("/admin/open311/keys");
    }
}
