package org.zhengwu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

@ZhengwuTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;

    ConsoleFixtures fixtures;
    Site site;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staff);
        site = fixtures.site();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/admin/login").user(username).password(password)).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void theConsoleSendsStrangersToTheSignInPage() throws Exception {
        mvc.perform(get("/admin/content")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void theRightPasswordSignsInAndShowsTheDashboard() throws Exception {
        var editor = fixtures.editorOf(site);
        mvc.perform(formLogin("/admin/login").user(editor.username()).password(ConsoleFixtures.PASSWORD))
                .andExpect(redirectedUrl("/admin"));
        MockHttpSession session = signIn(editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"unit\">单位" + site.code() + "</span>")))
                .andExpect(content().string(containsString("<li aria-current=\"page\">工作台</li>")));
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        var editor = fixtures.editorOf(site);
        mvc.perform(formLogin("/admin/login").user(editor.username()).password("wrong-password1"))
                .andExpect(redirectedUrl("/admin/login?error"));
        MockHttpSession session = signIn(editor.username(), "wrong-password1");
        mvc.perform(get("/admin/login").param("error", "").session(session))
                .andExpect(content().string(containsString("用户名或密码错误")));
        MockHttpSession unknown = signIn("nobody-here", "whatever123");
        mvc.perform(get("/admin/login").param("error", "").session(unknown))
                .andExpect(content().string(containsString("用户名或密码错误")));
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneAndTheMessageNeverTellsIfTheNameExists() throws Exception {
        var editor = fixtures.editorOf(site);
        String neutral = "用户名或密码错误，请重新输入。连续5次错误，本机将被禁止登录该账号15分钟";
        for (int i = 1; i <= 5; i++) {
            assertThat(failureMessage(signIn(editor.username(), "wrong-password" + i))).contains(neutral);
        }
        StaffAccount locked = staff.account(editor.accountId()).orElseThrow();
        assertThat(locked.lockedUntil()).isNotNull();

        // locked, unknown name, wrong password: one and the same answer
        MockHttpSession right = signIn(editor.username(), ConsoleFixtures.PASSWORD);
        String lockedAnswer = failureMessage(right);
        assertThat(lockedAnswer).isEqualTo(failureMessage(signIn("nobody-" + editor.username(), ConsoleFixtures.PASSWORD)));
        assertThat(lockedAnswer).isEqualTo(failureMessage(signIn(fixtures.editorOf(site).username(), "wrong-password9")));
        mvc.perform(get("/admin").session(right)).andExpect(redirectedUrl("/admin/login"));

        // an administrator's reset lifts the lock
        IssuedPassword reset = staff.resetPassword(editor.accountId());
        mvc.perform(formLogin("/admin/login").user(editor.username()).password(reset.temporaryPassword()))
                .andExpect(redirectedUrl("/admin"));
    }

    /** The text of the sign-in page's error after a failed attempt in this session. */
    private String failureMessage(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/admin/login").param("error", "").session(session)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"login-error\">([^<]*)<").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionEnds() throws Exception {
        var editor = fixtures.editorOf(site);
        var admin = fixtures.administrator();
        MockHttpSession session = signIn(editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

        staff.disable(editor.accountId(), admin.accountId());

        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/login?disabled"));
        MockHttpSession again = signIn(editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin/login").param("error", "").session(again))
                .andExpect(content().string(containsString("该账号已停用")));
    }

    @Test
    void aNewAccountMustChangeItsPasswordBeforeAnythingElse() throws Exception {
        IssuedPassword issued = fixtures.newEditorOf(site);
        String username = issued.account().username();
        MockHttpSession session = signIn(username, issued.temporaryPassword());

        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/password"));
        mvc.perform(get("/admin/content").session(session)).andExpect(redirectedUrl("/admin/account/password"));
        mvc.perform(get("/admin/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("请先设置新密码")));

        change(session, "wrong-current1", "Abcdefgh12", "Abcdefgh12").andExpect(content().string(containsString("当前密码不正确")));
        change(session, issued.temporaryPassword(), "Abcdefgh12", "Abcdefgh13")
                .andExpect(content().string(containsString("两次输入的新密码不一致")));
        change(session, issued.temporaryPassword(), "Abc123", "Abc123")
                .andExpect(content().string(containsString("新密码至少需要10个字符")));
        change(session, issued.temporaryPassword(), "abcdefghijkl", "abcdefghijkl")
                .andExpect(content().string(containsString("新密码须同时包含字母和数字")));
        change(session, issued.temporaryPassword(), username, username)
                .andExpect(content().string(containsString("新密码不能与用户名相同")));
        assertThat(staff.account(issued.account().id()).orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/password"));

        change(session, issued.temporaryPassword(), "Abcdefgh12", "Abcdefgh12").andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("密码已修改")));
        StaffAccount changed = staff.account(issued.account().id()).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(changed.passwordChangedAt()).isNotNull();
        mvc.perform(formLogin("/admin/login").user(username).password("Abcdefgh12")).andExpect(redirectedUrl("/admin"));
    }

    private org.springframework.test.web.servlet.ResultActions change(MockHttpSession session, String current, String next,
                                                                       String repeat) throws Exception {
        return mvc.perform(post("/admin/account/password").session(session).with(csrf())
                .param("current", current).param("next", next).param("repeat", repeat));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var editor = fixtures.editorOf(site);
        MockHttpSession session = signIn(editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(post("/admin/logout").session(session).with(csrf())).andExpect(redirectedUrl("/admin/login?logout"));
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/login").param("logout", "")).andExpect(content().string(containsString("您已安全退出")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        var editor = fixtures.editorOf(site);
        MockHttpSession session = signIn(editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(post("/admin/account/password").session(session)
                        .param("current", ConsoleFixtures.PASSWORD).param("next", "Changed12345").param("repeat", "Changed12345"))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/admin/forbidden"));
        mvc.perform(get("/admin/forbidden").session(session)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("页面已过期")));
        mvc.perform(formLogin("/admin/login").user(editor.username()).password(ConsoleFixtures.PASSWORD))
                .andExpect(redirectedUrl("/admin"));
    }
}
