package org.zhengwu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

@ZhengwuTest
class StaffPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;

    ConsoleFixtures fixtures;
    Site site;
    StaffUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staff);
        site = fixtures.site();
        admin = fixtures.administrator();
    }

    @Test
    void anAdministratorCreatesAnEditorWithAOneTimePassword() throws Exception {
        String username = ConsoleFixtures.code("li");
        mvc.perform(post("/admin/staff").with(as(admin)).with(csrf())
                        .param("username", username).param("displayName", "李四").param("role", "EDITOR")
                        .param("unitId", String.valueOf(site.unitId())))
                .andExpect(redirectedUrl("/admin/staff"))
                .andExpect(flash().attribute("notice", containsString("临时密码")));
        StaffAccount created = staff.accounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        assertThat(created.unitId()).isEqualTo(site.unitId());
        assertThat(created.mustChangePassword()).isTrue();
        mvc.perform(get("/admin/staff").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("单位" + site.code())));
    }

    @Test
    void anEditorWithoutUnitOrWithATakenNameIsRefusedAndTheFormKeepsTheInput() throws Exception {
        long before = staff.accounts().size();
        mvc.perform(post("/admin/staff").with(as(admin)).with(csrf())
                        .param("username", "wangwu-x").param("displayName", "王五").param("role", "EDITOR").param("unitId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位角色须选择所属单位")))
                .andExpect(content().string(containsString("value=\"wangwu-x\"")));
        mvc.perform(post("/admin/staff").with(as(admin)).with(csrf())
                        .param("username", admin.username()).param("displayName", "重名").param("role", "ADMINISTRATOR"))
                .andExpect(content().string(containsString("用户名“" + admin.username() + "”已被使用")));
        assertThat(staff.accounts()).hasSize((int) before);
    }

    @Test
    void editorsCannotManageStaff() throws Exception {
        StaffUser editor = fixtures.editorOf(site);
        long before = staff.accounts().size();
        mvc.perform(get("/admin/staff").with(as(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff").with(as(editor)).with(csrf())
                .param("username", "sneaky1").param("displayName", "x").param("role", "ADMINISTRATOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff/" + admin.accountId() + "/disable").with(as(editor)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(staff.accounts()).hasSize((int) before);
        assertThat(staff.account(admin.accountId()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aPasswordIsResetOnlyAfterTheAdministratorConfirmsIt() throws Exception {
        StaffUser editor = fixtures.editorOf(site);
        mvc.perform(post("/admin/staff/" + editor.accountId() + "/reset-password").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("确定要重置“信息员”（" + editor.getUsername() + "）的密码吗？")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"confirmed\" value=\"yes\">")));
        assertThat(staff.account(editor.accountId()).orElseThrow().mustChangePassword()).as("not reset yet").isFalse();
        mvc.perform(post("/admin/staff/" + editor.accountId() + "/reset-password").with(as(admin)).with(csrf())
                        .param("confirmed", "yes"))
                .andExpect(flash().attribute("notice", containsString("临时密码")));
        assertThat(staff.account(editor.accountId()).orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void onlyAnAccountWithoutARoleIsToldItCannotSignInYet() throws Exception {
        mvc.perform(post("/admin/staff").with(as(admin)).with(csrf()).param("username", ConsoleFixtures.code("wr"))
                        .param("displayName", "有角色").param("role", "EDITOR").param("unitId", String.valueOf(site.unitId())))
                .andExpect(flash().attribute("notice", containsString("临时密码")))
                .andExpect(flash().attribute("notice", not(containsString("尚未分配角色"))))
                .andExpect(flash().attribute("notice", not(containsString("未分配角色的账号"))));
        mvc.perform(post("/admin/staff").with(as(admin)).with(csrf()).param("username", ConsoleFixtures.code("nr"))
                        .param("displayName", "无角色").param("role", ""))
                .andExpect(flash().attribute("notice", containsString("该账号尚未分配角色，须待安全管理员分配角色后才能登录")));
    }

    @Test
    void resettingAPasswordForcesAChangeAndDisablingStopsTheAccount() throws Exception {
        StaffUser editor = fixtures.editorOf(site);
        mvc.perform(post("/admin/staff/" + editor.accountId() + "/reset-password").with(as(admin)).with(csrf())
                        .param("confirmed", "yes"))
                .andExpect(flash().attribute("notice", containsString("临时密码")));
        assertThat(staff.account(editor.accountId()).orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(get("/admin").with(as(editor))).andExpect(redirectedUrl("/admin/account/password"));

        mvc.perform(post("/admin/staff/" + editor.accountId() + "/disable").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", containsString("已停用")));
        assertThat(staff.account(editor.accountId()).orElseThrow().enabled()).isFalse();
        mvc.perform(get("/admin").with(as(editor))).andExpect(redirectedUrl("/admin/login?disabled"));

        mvc.perform(post("/admin/staff/" + admin.accountId() + "/disable").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("error", "不能停用自己的账号"));
        assertThat(staff.account(admin.accountId()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theSystemAdministratorMovesAUnitRoleToAnotherUnitButAGroupRoleHasNone() throws Exception {
        StaffUser editor = fixtures.editorOf(site);
        Site other = fixtures.site();
        mvc.perform(get("/admin/staff/" + editor.accountId() + "/unit").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("单位" + other.code())));
        mvc.perform(post("/admin/staff/" + editor.accountId() + "/unit").with(as(admin)).with(csrf()).param("unitId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位角色须选择所属单位")));
        mvc.perform(post("/admin/staff/" + editor.accountId() + "/unit").with(as(admin)).with(csrf())
                        .param("unitId", String.valueOf(other.unitId())))
                .andExpect(redirectedUrl("/admin/staff"));
        assertThat(staff.account(editor.accountId()).orElseThrow().unitId()).isEqualTo(other.unitId());
        StaffUser otherAdmin = fixtures.administrator();
        mvc.perform(post("/admin/staff/" + otherAdmin.accountId() + "/unit").with(as(admin)).with(csrf())
                        .param("unitId", String.valueOf(other.unitId())))
                .andExpect(content().string(containsString("全站角色的账号不属于单位")));
        assertThat(staff.account(otherAdmin.accountId()).orElseThrow().unitId()).isNull();
    }
}
