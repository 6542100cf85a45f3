package org.zhengwu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.audit.AuditFilter;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/**
 * How an account gets its role: the system administrator creates unit roles directly and everything else without a
 * role; the security administrator assigns roles, never their own, and never takes the last holder's.
 */
@ZhengwuTest
class RoleAssignmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;
    @Autowired
    AuditLog auditLog;

    ConsoleFixtures fixtures;
    Accounts accounts;
    Site site;
    StaffUser admin;
    StaffUser security;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staff);
        accounts = new Accounts(staff);
        site = fixtures.site();
        admin = accounts.withRole(StaffRole.ADMINISTRATOR, null);
        security = accounts.withRole(StaffRole.SECURITY_ADMINISTRATOR, null);
    }

    private StaffAccount byName(String username) {
        return staff.accounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void theSystemAdministratorCannotCreateAGroupRoleAndTheTryIsAudited() throws Exception {
        String username = ConsoleFixtures.code("boss");
        mvc.perform(post("/admin/staff").with(as(admin)).with(csrf())
                        .param("username", username).param("displayName", "想当管理员").param("role", "SECURITY_ADMINISTRATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("全站角色（监督员、互动分办员、系统管理员、安全管理员、审计管理员）须由安全管理员分配")));
        assertThat(staff.accounts()).extracting(StaffAccount::username).doesNotContain(username);
        assertThat(auditLog.search(new AuditFilter(null, null, admin.username(), "staff.create", null, AuditRecord.Outcome.REFUSED), 0, 10))
                .isNotEmpty();
    }

    @Test
    void anAccountWithoutRoleCannotSignInUntilTheSecurityAdministratorAssignsOne() throws Exception {
        String username = ConsoleFixtures.code("wait");
        mvc.perform(post("/admin/staff").with(as(admin)).with(csrf())
                        .param("username", username).param("displayName", "待定").param("role", ""))
                .andExpect(redirectedUrl("/admin/staff"));
        StaffAccount pending = byName(username);
        assertThat(pending.role()).isNull();
        IssuedPassword reset = Accounts.as(admin, () -> staff.resetPassword(pending.id()));

        MockHttpSession refused = Accounts.signIn(mvc, username, reset.temporaryPassword());
        mvc.perform(get("/admin/login").param("error", "").session(refused))
                .andExpect(content().string(containsString("该账号尚未分配角色，请联系安全管理员")));

        mvc.perform(post("/admin/security/roles/" + pending.id()).with(as(security)).with(csrf()).param("role", "SUPERVISOR"))
                .andExpect(redirectedUrl("/admin/security/roles"))
                .andExpect(flash().attribute("notice", containsString("监督员")));
        assertThat(byName(username).role()).isEqualTo(StaffRole.SUPERVISOR);
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/admin/login")
                .user(username).password(reset.temporaryPassword())).andExpect(redirectedUrl("/admin"));
        assertThat(auditLog.search(new AuditFilter(null, null, security.username(), "staff.role.assign", null,
                AuditRecord.Outcome.DONE), 0, 10)).anySatisfy(r -> assertThat(r.detail()).contains("待分配 → SUPERVISOR"));
    }

    @Test
    void noOneAssignsTheirOwnRole() throws Exception {
        mvc.perform(post("/admin/security/roles/" + security.accountId()).with(as(security)).with(csrf())
                        .param("role", "AUDIT_ADMINISTRATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能为自己分配角色")));
        assertThat(staff.account(security.accountId()).orElseThrow().role()).isEqualTo(StaffRole.SECURITY_ADMINISTRATOR);
        assertThat(auditLog.search(new AuditFilter(null, null, security.username(), "staff.role.assign", null,
                AuditRecord.Outcome.REFUSED), 0, 10)).isNotEmpty();
    }

    @Test
    void aUnitRoleNeedsAUnitAndAGroupRoleLeavesIt() throws Exception {
        StaffUser supervisor = accounts.withRole(StaffRole.SUPERVISOR, null);
        mvc.perform(post("/admin/security/roles/" + supervisor.accountId()).with(as(security)).with(csrf())
                        .param("role", "UNIT_REVIEWER"))
                .andExpect(content().string(containsString("单位角色须选择所属单位")));
        mvc.perform(post("/admin/security/roles/" + supervisor.accountId()).with(as(security)).with(csrf())
                        .param("role", "UNIT_REVIEWER").param("unitId", String.valueOf(site.unitId())))
                .andExpect(redirectedUrl("/admin/security/roles"));
        StaffAccount reviewer = staff.account(supervisor.accountId()).orElseThrow();
        assertThat(reviewer.role()).isEqualTo(StaffRole.UNIT_REVIEWER);
        assertThat(reviewer.unitId()).isEqualTo(site.unitId());

        mvc.perform(post("/admin/security/roles/" + supervisor.accountId()).with(as(security)).with(csrf())
                        .param("role", "ADMINISTRATOR"))
                .andExpect(redirectedUrl("/admin/security/roles"));
        StaffAccount promoted = staff.account(supervisor.accountId()).orElseThrow();
        assertThat(promoted.role()).isEqualTo(StaffRole.ADMINISTRATOR);
        assertThat(promoted.unitId()).isNull();
    }

    @Test
    void theLastEnabledHolderOfAnAdministratorRoleKeepsIt() throws Exception {
        StaffUser auditor = accounts.withRole(StaffRole.AUDIT_ADMINISTRATOR, null);
        java.util.List<Long> others = jdbc.sql("SELECT id FROM staff_account WHERE role = 'AUDIT_ADMINISTRATOR' "
                + "AND enabled = TRUE AND id <> ?").param(auditor.accountId()).query(Long.class).list();
        others.forEach(id -> jdbc.sql("UPDATE staff_account SET enabled = FALSE WHERE id = ?").param(id).update());
        try {
            mvc.perform(post("/admin/security/roles/" + auditor.accountId()).with(as(security)).with(csrf())
                            .param("role", "EDITOR").param("unitId", String.valueOf(site.unitId())))
                    .andExpect(content().string(containsString("是该管理员角色最后一个可用的账号，不能撤下")));
            assertThat(staff.account(auditor.accountId()).orElseThrow().role()).isEqualTo(StaffRole.AUDIT_ADMINISTRATOR);
        } finally {
            others.forEach(id -> jdbc.sql("UPDATE staff_account SET enabled = TRUE WHERE id = ?").param(id).update());
        }
        // with another enabled holder it may go
        mvc.perform(post("/admin/security/roles/" + auditor.accountId()).with(as(security)).with(csrf())
                        .param("role", "EDITOR").param("unitId", String.valueOf(site.unitId())))
                .andExpect(redirectedUrl("/admin/security/roles"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theSystemAdministratorCannotTouchTheSecurityOrAuditAdministratorsAccounts() throws Exception {
        mvc.perform(post("/admin/staff/" + security.accountId() + "/reset-password").with(as(admin)).with(csrf())
                        .param("confirmed", "yes"))
                .andExpect(flash().attribute("error", containsString("系统管理员不能重置其密码")));
        mvc.perform(post("/admin/staff/" + security.accountId() + "/disable").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("系统管理员不能重置其密码")));
        StaffAccount untouched = staff.account(security.accountId()).orElseThrow();
        assertThat(untouched.enabled()).isTrue();
        assertThat(untouched.mustChangePassword()).isFalse();
        assertThat(auditLog.search(new AuditFilter(null, null, admin.username(), "staff.reset-password", null,
                AuditRecord.Outcome.REFUSED), 0, 10)).isNotEmpty();
    }

    @Test
    void aWithdrawnRoleEndsTheSessionAtOnce() throws Exception {
        StaffUser editor = fixtures.editorOf(site);
        MockHttpSession session = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        mvc.perform(post("/admin/security/roles/" + editor.accountId()).with(as(security)).with(csrf()).param("role", ""))
                .andExpect(redirectedUrl("/admin/security/roles"));
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/login?disabled"));
    }
}
