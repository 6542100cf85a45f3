package org.zhengwu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
 * 三员分立: each page and action of the system, security and audit administrators, tried by each of them and by an
 * editor. Only the owner passes; everyone else gets a 403 and the refusal is in the audit log with method and URL.
 * The services refuse the same calls on their own.
 */
@ZhengwuTest
class ThreeAdministratorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;
    @Autowired
    RoleAssignment roles;
    @Autowired
    SecurityPolicies policies;
    @Autowired
    AuditLog auditLog;

    Site site;
    StaffUser admin;
    StaffUser security;
    StaffUser audit;
    StaffUser editor;

    @BeforeEach
    void setUp() {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staff);
        Accounts accounts = new Accounts(staff);
        site = fixtures.site();
        admin = accounts.withRole(StaffRole.ADMINISTRATOR, null);
        security = accounts.withRole(StaffRole.SECURITY_ADMINISTRATOR, null);
        audit = accounts.withRole(StaffRole.AUDIT_ADMINISTRATOR, null);
        editor = fixtures.editorOf(site);
    }

    record Action(StaffRole owner, String method, String url, Function<String, MockHttpServletRequestBuilder> request) {
    }

    private List<Action> actions() {
        long target = editor.accountId();
        return List.of(
                new Action(StaffRole.ADMINISTRATOR, "GET", "/admin/staff", u -> get(u)),
                new Action(StaffRole.ADMINISTRATOR, "POST", "/admin/staff", u -> post(u)
                        .param("username", ConsoleFixtures.code("nw")).param("displayName", "新人").param("role", "")),
                new Action(StaffRole.ADMINISTRATOR, "POST", "/admin/staff/" + target + "/reset-password",
                        u -> post(u).param("confirmed", "yes")),
                new Action(StaffRole.ADMINISTRATOR, "POST", "/admin/staff/" + target + "/disable", u -> post(u)),
                new Action(StaffRole.ADMINISTRATOR, "GET", "/admin/publishing", u -> get(u)),
                new Action(StaffRole.SECURITY_ADMINISTRATOR, "GET", "/admin/security/roles", u -> get(u)),
                new Action(StaffRole.SECURITY_ADMINISTRATOR, "POST", "/admin/security/roles/" + target,
                        u -> post(u).param("role", "UNIT_REVIEWER")),
                new Action(StaffRole.SECURITY_ADMINISTRATOR, "GET", "/admin/security/policy", u -> get(u)),
                new Action(StaffRole.SECURITY_ADMINISTRATOR, "POST", "/admin/security/policy", u -> post(u)
                        .param("minLength", "10").param("expiryDays", "90").param("historyCount", "5")
                        .param("lockoutThreshold", "5").param("lockoutMinutes", "15").param("sessionIdleMinutes", "30")),
                new Action(StaffRole.AUDIT_ADMINISTRATOR, "GET", "/admin/audit", u -> get(u)),
                new Action(StaffRole.AUDIT_ADMINISTRATOR, "POST", "/admin/audit/verify", u -> post(u)),
                new Action(StaffRole.AUDIT_ADMINISTRATOR, "GET", "/admin/audit/export.xlsx", u -> get(u)));
    }

    @Test
    void eachAdministratorsPagesOpenOnlyToThemAndEveryOtherTryIsAudited() throws Exception {
        Map<StaffRole, StaffUser> people = Map.of(StaffRole.ADMINISTRATOR, admin, StaffRole.SECURITY_ADMINISTRATOR, security,
                StaffRole.AUDIT_ADMINISTRATOR, audit, StaffRole.EDITOR, editor);
        for (Action action : actions()) {
            for (Map.Entry<StaffRole, StaffUser> who : people.entrySet()) {
                if (who.getKey() == action.owner()) {
                    continue;
                }
                long before = refusals(who.getValue(), action.method() + " " + action.url());
                var response = mvc.perform(action.request().apply(action.url()).with(as(who.getValue())).with(csrf()))
                        .andExpect(status().isForbidden()).andReturn().getResponse();
                // refused by a URL rule (forwarded to the 403 page) or by the controller (the 403 page itself)
                assertThat("/admin/forbidden".equals(response.getForwardedUrl())
                        || response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).contains("无权访问"))
                        .as(who.getKey() + " " + action.url()).isTrue();
                assertThat(refusals(who.getValue(), action.method() + " " + action.url()))
                        .as(who.getKey() + " " + action.method() + " " + action.url()).isEqualTo(before + 1);
            }
        }
        // and the owners pass (last, since some of these change the editor)
        for (Action action : actions()) {
            int status = mvc.perform(action.request().apply(action.url()).with(as(people.get(action.owner()))).with(csrf()))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(action.owner() + " " + action.method() + " " + action.url()).isIn(200, 302);
        }
    }

    @Test
    void theLoginLogIsForTheSecurityAndAuditAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/sign-ins").with(as(security))).andExpect(status().isOk());
        mvc.perform(get("/admin/sign-ins").with(as(audit))).andExpect(status().isOk());
        mvc.perform(get("/admin/sign-ins").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/sign-ins").with(as(editor))).andExpect(status().isForbidden());
    }

    @Test
    void theSecurityAndAuditAdministratorsHaveNoBusinessWithSitesAndContent() throws Exception {
        for (StaffUser who : List.of(security, audit)) {
            mvc.perform(get("/admin/content").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/sites/" + site.id()).with(as(who))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theNavigationShowsEachAdministratorOnlyTheirOwnPages() throws Exception {
        mvc.perform(get("/admin/staff").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/staff\"")))
                .andExpect(content().string(containsString("href=\"/admin/publishing\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/security/roles\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/audit\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/sign-ins\""))));
        mvc.perform(get("/admin/security/roles").with(as(security))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/security/policy\"")))
                .andExpect(content().string(containsString("href=\"/admin/sign-ins\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/staff\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/content\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
        mvc.perform(get("/admin/audit").with(as(audit))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/audit\"")))
                .andExpect(content().string(containsString("href=\"/admin/sign-ins\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/staff\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/security/policy\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/sites\""))));
        // the console home of the security and audit administrators is their own first page
        mvc.perform(get("/admin").with(as(security))).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/admin/security/roles"));
        mvc.perform(get("/admin").with(as(audit)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/admin/audit"));
    }

    @Test
    void theServicesRefuseTheOtherAdministratorsWorkOnTheirOwn() {
        assertThatThrownBy(() -> Accounts.as(security, () -> staff.create(new NewStaff("sneaky-sec", "x", StaffRole.EDITOR, site.unitId()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Accounts.as(audit, () -> staff.resetPassword(editor.accountId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Accounts.as(admin, () -> roles.assign(editor.accountId(), StaffRole.ADMINISTRATOR, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Accounts.as(audit, () -> {
            policies.update(SecurityPolicy.DEFAULT);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Accounts.as(security, () -> auditLog.latest(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Accounts.as(admin, () -> auditLog.firstBrokenRecord())).isInstanceOf(AccessDeniedException.class);
        assertThat(Accounts.as(audit, () -> auditLog.latest(1))).hasSize(1);
        assertThat(staff.account(editor.accountId()).orElseThrow().role()).isEqualTo(StaffRole.EDITOR);
    }

    private long refusals(StaffUser who, String detail) {
        return auditLog.search(new AuditFilter(null, null, who.username(), "console.", null, AuditRecord.Outcome.REFUSED), 0, 1000)
                .stream().filter(r -> r.detail().equals(detail)).count();
    }
}
