package org.zhengwu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.util.List;
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
import org.zhengwu.platform.crypto.Sm3PasswordEncoder;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/**
 * Every sign-in attempt in the login history and the audit log; sign-outs and forged forms audited; a password hash
 * of the other algorithm upgraded at sign-in.
 */
@ZhengwuTest
class SignInRecordsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    private List<AuditRecord> audited(String actor, String action) {
        return auditLog.search(new AuditFilter(null, null, actor, action, null, null), 0, 100);
    }

    @Test
    void eachAttemptIsKeptAndItsOwnerSeesTheirs() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staff);
        StaffUser editor = fixtures.editorOf(fixtures.site());
        StaffUser other = fixtures.editorOf(fixtures.site());
        mvc.perform(post("/admin/login").param("username", editor.username()).param("password", "wrong-password1")
                .with(csrf()).with(r -> {
                    r.setRemoteAddr("198.51.100.7");
                    r.addHeader("User-Agent", "TestBrowser/1.0");
                    return r;
                }));
        MockHttpSession session = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        Accounts.signIn(mvc, other.username(), ConsoleFixtures.PASSWORD);

        mvc.perform(get("/admin/account/sign-ins").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("198.51.100.7")))
                .andExpect(content().string(containsString("TestBrowser/1.0")))
                .andExpect(content().string(containsString("用户名或密码错误")))
                .andExpect(content().string(containsString("成功")));
        StaffUser security = new Accounts(staff).withRole(StaffRole.SECURITY_ADMINISTRATOR, null);
        mvc.perform(get("/admin/sign-ins").param("username", other.username()).with(as(security))).andExpect(status().isOk())
                .andExpect(content().string(containsString(other.username())))
                .andExpect(content().string(not(containsString("198.51.100.7"))));
        mvc.perform(get("/admin/sign-ins").with(as(security))).andExpect(status().isOk())
                .andExpect(content().string(containsString(editor.username())));

        assertThat(audited("", "account.sign-in.failure")).anySatisfy(r -> {
            assertThat(r.detail()).contains(editor.username());
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.REFUSED);
            assertThat(r.remoteAddress()).isEqualTo("198.51.100.7");
        });
        assertThat(audited(editor.username(), "account.sign-in")).extracting(AuditRecord::action).contains("account.sign-in");

        mvc.perform(post("/admin/logout").session(session).with(csrf())).andExpect(redirectedUrl("/admin/login?logout"));
        assertThat(audited(editor.username(), "account.sign-out")).hasSize(1);
    }

    @Test
    void anUnknownNameIsRecordedWithoutAnAccount() throws Exception {
        String name = ConsoleFixtures.code("ghost");
        Accounts.signIn(mvc, name, "whatever123");
        Long count = jdbc.sql("SELECT COUNT(*) FROM staff_sign_in WHERE username = ? AND account_id IS NULL AND outcome = 'FAILURE'")
                .param(name).query(Long.class).single();
        assertThat(count).isEqualTo(1);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndAudited() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staff);
        StaffUser editor = fixtures.editorOf(fixtures.site());
        MockHttpSession session = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(post("/admin/account/password").session(session).param("current", ConsoleFixtures.PASSWORD)
                .param("next", "Changed12345").param("repeat", "Changed12345")).andExpect(status().isForbidden());
        assertThat(audited(editor.username(), "console.csrf-refused"))
                .singleElement().satisfies(r -> assertThat(r.detail()).isEqualTo("POST /admin/account/password"));
    }

    @Test
    void anSm3HashStillSignsInAndIsReplacedByTheConfiguredAlgorithm() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staff);
        StaffUser editor = fixtures.editorOf(fixtures.site());
        String sm3 = "{sm3}" + new Sm3PasswordEncoder(100_000).encode("Sm3Password2026");
        jdbc.sql("UPDATE staff_account SET password_hash = ? WHERE id = ?").params(sm3, editor.accountId()).update();
        mvc.perform(formLogin("/admin/login").user(editor.username()).password("Sm3Password2026"))
                .andExpect(redirectedUrl("/admin"));
        String now = jdbc.sql("SELECT password_hash FROM staff_account WHERE id = ?").param(editor.accountId())
                .query(String.class).single();
        assertThat(now).startsWith("{argon2id}$argon2id$");
        mvc.perform(formLogin("/admin/login").user(editor.username()).password("Sm3Password2026"))
                .andExpect(redirectedUrl("/admin"));
    }
}
