package org.zhengwu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.accounts.internal.Totp;
import org.zhengwu.sites.SiteAdministration;

/** Enrolling a TOTP second factor on its page and signing in with a code computed here, as an app would. */
@ZhengwuTest
class SecondFactorSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SignInHistory history;
    @Autowired
    JdbcClient jdbc;

    private static String code(byte[] secret, int stepsFromNow) {
        return Totp.code(secret, Totp.step(Instant.now().getEpochSecond()) + stepsFromNow);
    }

    @Test
    void enrolThenSignInWithTheCodeAfterThePassword() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staff);
        StaffUser editor = fixtures.editorOf(fixtures.site());
        MockHttpSession session = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);

        String page = mvc.perform(get("/admin/account/totp").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg").contains("role=\"img\"").contains("第一步：用身份验证器应用扫描二维码");
        Matcher m = Pattern.compile("<code class=\"secret\"[^>]*>([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(m.find()).isTrue();
        byte[] secret = Totp.fromBase32(m.group(1));
        // reloading shows the same secret; it is stored encrypted
        assertThat(mvc.perform(get("/admin/account/totp").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(m.group(1));
        String stored = jdbc.sql("SELECT totp_secret FROM staff_account WHERE id = ?").param(editor.accountId())
                .query(String.class).single();
        assertThat(stored).startsWith("zf1:").doesNotContain(m.group(1).replace(" ", ""));

        mvc.perform(post("/admin/account/totp").session(session).with(csrf()).param("code", "000000"))
                .andExpect(content().string(containsString("验证码不正确或已使用过")));
        assertThat(staff.account(editor.accountId()).orElseThrow().totpEnabled()).isFalse();
        mvc.perform(post("/admin/account/totp").session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(redirectedUrl("/admin/account/totp"));
        assertThat(staff.account(editor.accountId()).orElseThrow().totpEnabled()).isTrue();
        mvc.perform(post("/admin/logout").session(session).with(csrf()));

        // the password alone opens nothing but the code page
        MockHttpSession half = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin").session(half)).andExpect(redirectedUrl("/admin/login/code"));
        mvc.perform(get("/admin/content").session(half)).andExpect(redirectedUrl("/admin/login/code"));
        mvc.perform(get("/admin/login/code").session(half)).andExpect(status().isOk())
                .andExpect(content().string(containsString("动态验证码")));
        mvc.perform(post("/admin/login/code").session(half).with(csrf()).param("code", "123456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码不正确或已使用过")));
        mvc.perform(post("/admin/login/code").session(half).with(csrf()).param("code", code(secret, 1)))
                .andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/admin").session(half)).andExpect(status().isOk());

        // a code works once
        MockHttpSession again = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(post("/admin/login/code").session(again).with(csrf()).param("code", code(secret, 1)))
                .andExpect(content().string(containsString("验证码不正确或已使用过")));

        assertThat(history.of(editor.accountId(), 10)).extracting(SignInRecord::outcome)
                .contains(SignInRecord.Outcome.SECOND_FACTOR_FAILURE, SignInRecord.Outcome.SUCCESS);
    }

    @Test
    void wrongCodesCountTowardsTheLockout() throws Exception {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staff);
        StaffUser editor = fixtures.editorOf(fixtures.site());
        byte[] secret = Accounts.as(editor, () -> {
            var enrolment = secondFactors.enrolment(editor.accountId());
            byte[] s = Totp.fromBase32(enrolment.secret());
            secondFactors.confirm(editor.accountId(), code(s, 0));
            return s;
        });
        MockHttpSession half = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/admin/login/code").session(half).with(csrf()).param("code", "00000" + i))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/admin/login/code").session(half).with(csrf()).param("code", "000009"))
                .andExpect(redirectedUrl("/admin/login?code-failed"));
        assertThat(staff.account(editor.accountId()).orElseThrow().lockedUntil()).isNotNull();
        // the right password and code do not help while locked
        MockHttpSession locked = Accounts.signIn(mvc, editor.username(), ConsoleFixtures.PASSWORD);
        mvc.perform(get("/admin/login/code").session(locked)).andExpect(redirectedUrl("/admin/login"));
        assertThat(secret).isNotEmpty();
    }

    @Autowired
    org.zhengwu.accounts.internal.SecondFactors secondFactors;
}
