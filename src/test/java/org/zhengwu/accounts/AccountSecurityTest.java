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

import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/** The security policy as the security administrator sets it, and what it does to sign-in and sessions. */
@ZhengwuTest
class AccountSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SecurityPolicies policies;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    ConsoleFixtures fixtures;
    Accounts accounts;
    Site site;
    StaffUser security;
    SecurityPolicy before;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staff);
        accounts = new Accounts(staff);
        site = fixtures.site();
        security = accounts.withRole(StaffRole.SECURITY_ADMINISTRATOR, null);
        before = policies.current();
    }

    @AfterEach
    void restorePolicy() {
        policies.update(before);
    }

    private void policy(SecurityPolicy p) {
        policies.update(p);
    }

    @Test
    void theSecurityAdministratorEditsThePolicyAndTheChangeIsAudited() throws Exception {
        mvc.perform(get("/admin/security/policy").with(as(security))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"lockoutThreshold\"")))
                .andExpect(content().string(containsString("value=\"" + before.lockoutThreshold() + "\"")));
        mvc.perform(post("/admin/security/policy").with(as(security)).with(csrf())
                        .param("minLength", "12").param("mixedCase", "true").param("expiryDays", "60")
                        .param("historyCount", "3").param("lockoutThreshold", "4").param("lockoutMinutes", "20")
                        .param("sessionIdleMinutes", "20"))
                .andExpect(redirectedUrl("/admin/security/policy"))
                .andExpect(flash().attribute("notice", "安全策略已保存，立即生效"));
        SecurityPolicy saved = policies.current();
        assertThat(saved).isEqualTo(new SecurityPolicy(new PasswordPolicy(12, true, false), 60, 3, 4, 20, 20, false));
        assertThat(auditLog.search(new AuditFilter(null, null, security.username(), "security.policy.update", null,
                AuditRecord.Outcome.DONE), 0, 1)).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("锁定阈值（次） " + before.lockoutThreshold() + " → 4"));
    }

    @Test
    void anImpossiblePolicyIsRefusedWithTheFieldAndNothingChanges() throws Exception {
        mvc.perform(post("/admin/security/policy").with(as(security)).with(csrf())
                        .param("minLength", "4").param("expiryDays", "90").param("historyCount", "5")
                        .param("lockoutThreshold", "5").param("lockoutMinutes", "15").param("sessionIdleMinutes", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码最短长度须在8到64之间")))
                .andExpect(content().string(containsString("value=\"4\"")));
        mvc.perform(post("/admin/security/policy").with(as(security)).with(csrf())
                        .param("minLength", "十").param("expiryDays", "90").param("historyCount", "5")
                        .param("lockoutThreshold", "5").param("lockoutMinutes", "15").param("sessionIdleMinutes", "30"))
                .andExpect(content().string(containsString("密码最短长度须填写整数")));
        assertThat(policies.current()).isEqualTo(before);
    }

    @Test
    void anExpiredPasswordLeadsToTheChangePageAtSignIn() throws Exception {
        policy(new SecurityPolicy(before.password(), 30, before.historyCount(), before.lockoutThreshold(),
                before.lockoutMinutes(), before.sessionIdleMinutes(), false));
        StaffUser editor = fixtures.editorOf(site);
        jdbc.sql("UPDATE staff_account SET password_changed_at = ? WHERE id = ?")
                .params(OffsetDateTime.now().minusDays(31), editor.accountId()).update();
        MockHttpSession session = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/password"));
        mvc.perform(get("/admin/account/password").session(session))
                .andExpect(content().string(containsString("密码已超过30天有效期")));
        mvc.perform(post("/admin/account/password").session(session).with(csrf()).param("current", ConsoleFixtures.PASSWORD)
                .param("next", "Renewed2026x").param("repeat", "Renewed2026x")).andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
    }

    @Test
    void aRecentPasswordCannotBeUsedAgain() throws Exception {
        StaffUser editor = fixtures.editorOf(site);
        Accounts.as(editor, () -> {
            staff.changePassword(editor.accountId(), ConsoleFixtures.PASSWORD, "Second2026ab", "Second2026ab");
            staff.changePassword(editor.accountId(), "Second2026ab", "Third2026abc", "Third2026abc");
            return null;
        });
        MockHttpSession session = Accounts.signIn(mvc, editor.username(), "Third2026abc");
        mvc.perform(post("/admin/account/password").session(session).with(csrf()).param("current", "Third2026abc")
                        .param("next", ConsoleFixtures.PASSWORD).param("repeat", ConsoleFixtures.PASSWORD))
                .andExpect(content().string(containsString("新密码不能与最近" + before.historyCount() + "次使用过的密码相同")));
        mvc.perform(post("/admin/account/password").session(session).with(csrf()).param("current", "Third2026abc")
                        .param("next", "Fourth2026ab").param("repeat", "Fourth2026ab"))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void theSessionIdleTimeoutOfThePolicyIsAppliedToStaffSessions() throws Exception {
        policy(new SecurityPolicy(before.password(), before.expiryDays(), before.historyCount(), before.lockoutThreshold(),
                before.lockoutMinutes(), 12, false));
        StaffUser editor = fixtures.editorOf(site);
        MockHttpSession session = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(12 * 60);
        // a change applies to open sessions at their next request
        policy(new SecurityPolicy(before.password(), before.expiryDays(), before.historyCount(), before.lockoutThreshold(),
                before.lockoutMinutes(), 45, false));
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        assertThat(session.getMaxInactiveInterval()).isEqualTo(45 * 60);
    }

    @Test
    void theLockoutFollowsThePolicysThreshold() throws Exception {
        policy(new SecurityPolicy(before.password(), before.expiryDays(), before.historyCount(), 3, 7,
                before.sessionIdleMinutes(), false));
        StaffUser editor = fixtures.editorOf(site);
        for (int i = 0; i < 3; i++) {
            Accounts.signIn(mvc, editor.username(), "wrong-password" + i);
        }
        StaffAccount locked = staff.account(editor.accountId()).orElseThrow();
        assertThat(locked.lockedUntil()).isAfter(OffsetDateTime.now().plusMinutes(6));
        MockHttpSession session = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin/login").param("error", "").session(session))
                .andExpect(content().string(containsString("连续3次错误，本机将被禁止登录该账号7分钟")));
    }

    @Test
    void whenThePolicyRequiresItAnAdministratorMustEnrolASecondFactorFirst() throws Exception {
        policy(new SecurityPolicy(before.password(), before.expiryDays(), before.historyCount(), before.lockoutThreshold(),
                before.lockoutMinutes(), before.sessionIdleMinutes(), true));
        StaffUser admin = accounts.withRole(StaffRole.ADMINISTRATOR, null);
        MockHttpSession session = Accounts.signIn(mvc, admin.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin/staff").session(session)).andExpect(redirectedUrl("/admin/account/totp"));
        mvc.perform(get("/admin/account/totp").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("安全策略要求管理员启用两步验证")));
        // an editor is not concerned
        StaffUser editor = fixtures.editorOf(site);
        mvc.perform(get("/admin").with(as(editor))).andExpect(status().isOk());
    }
}
