package org.zhengwu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.SecondFactors;
import org.zhengwu.accounts.internal.SignInGuard;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.accounts.internal.Totp;
import org.zhengwu.platform.security.StaffRole;

/**
 * A stranger guesses the system administrator's password from one address while the administrator signs in from the
 * office: the stranger's address is locked out, the administrator (password and second factor) is not, and the
 * security administrator sees the alert. Before, the guesses locked the account for every address.
 */
@ZhengwuTest
class AccountUnderAttackTest {

    static final String ATTACKER = "203.0.113.66";
    static final String OFFICE = "198.51.100.7";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    SignInHistory history;
    @Autowired
    SignInGuard guard;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The sign-in form posted from an address; the session it leaves (null when it left none). */
    MvcResult signIn(String address, String username, String password, MockHttpSession session) throws Exception {
        var post = post("/admin/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
        return mvc.perform(session == null ? post : post.session(session)).andReturn();
    }

    @Test
    void theAttackersAddressIsLockedWhileTheAdministratorSignsInFromTheOfficeAndTheSecurityAdministratorIsAlerted()
            throws Exception {
        Accounts accounts = new Accounts(staff);
        StaffUser admin = accounts.withRole(StaffRole.ADMINISTRATOR, null);
        StaffUser security = accounts.withRole(StaffRole.SECURITY_ADMINISTRATOR, null);
        byte[] secret = Accounts.as(admin, () -> {
            byte[] s = Totp.fromBase32(secondFactors.enrolment(admin.accountId()).secret());
            secondFactors.confirm(admin.accountId(), code(s, 0));
            return s;
        });

        // the stranger: five wrong passwords, then even the right one is refused from that address
        for (int i = 1; i <= 5; i++) {
            assertThat(signIn(ATTACKER, admin.username(), "Guess" + i + "password", null).getResponse()
                    .getRedirectedUrl()).isEqualTo("/admin/login?error");
        }
        assertThat(signIn(ATTACKER, admin.username(), ConsoleFixtures.PASSWORD, null).getResponse().getRedirectedUrl())
                .isEqualTo("/admin/login?error");

        // the administrator, from the office: password, then the code, then the console
        MvcResult password = signIn(OFFICE, admin.username(), ConsoleFixtures.PASSWORD, null);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/admin/login/code");
        MockHttpSession office = (MockHttpSession) password.getRequest().getSession(false);
        mvc.perform(post("/admin/login/code").session(office).with(csrf()).with(from(OFFICE)).param("code", code(secret, 1)))
                .andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/admin/staff").session(office).with(from(OFFICE))).andExpect(status().isOk());

        // the stranger's address stays locked after the administrator's success
        assertThat(signIn(ATTACKER, admin.username(), ConsoleFixtures.PASSWORD, null).getResponse().getRedirectedUrl())
                .isEqualTo("/admin/login?error");
        assertThat(history.of(admin.accountId(), 20)).filteredOn(r -> ATTACKER.equals(r.remoteAddress()))
                .extracting(SignInRecord::outcome).contains(SignInRecord.Outcome.LOCKED)
                .doesNotContain(SignInRecord.Outcome.SUCCESS);

        // the security administrator: the alerts in the navigation and in the to-do count, the alert naming account
        // and address
        MockHttpSession sec = Accounts.signIn(mvc, security.username(), ConsoleFixtures.PASSWORD);
        String roles = page(sec, "/admin/security/roles");
        assertThat(roles).contains("href=\"/admin/security/alerts\">安全告警</a>")
                .containsPattern("class=\"todo-total\"[^>]*>待办 <span class=\"badge\">[1-9]\\d*</span>");
        String alerts = page(sec, "/admin/security/alerts");
        assertThat(alerts).contains(">" + admin.username() + "</a>", ATTACKER, "标为已阅");
        Matcher row = Pattern.compile(">" + admin.username() + "</a></td>.*?action=\"(/admin/security/alerts/\\d+/seen)\"",
                Pattern.DOTALL).matcher(alerts);
        assertThat(row.find()).isTrue();
        mvc.perform(post(row.group(1)).session(sec).with(csrf())).andExpect(redirectedUrl("/admin/security/alerts"));
        assertThat(page(sec, "/admin/security/alerts")).containsPattern(
                "(?s)>" + admin.username() + "</a></td>(?:(?!</tr>).)*已阅（");
    }

    @Test
    void aLockEndsOnTimeTheNextFromTheSameAddressLastsTwiceAsLongAndANewPasswordLiftsThemAll() {
        StaffAccount account = staff.account(new Accounts(staff).withRole(StaffRole.SUPERVISOR, null).accountId())
                .orElseThrow();
        OffsetDateTime t = OffsetDateTime.parse("2026-12-07T09:00:00+08:00"); // the test's own clock
        for (int i = 1; i <= 4; i++) {
            assertThat(guard.failed(account, ATTACKER, t.plusSeconds(i))).isFalse();
        }
        assertThat(guard.failed(account, ATTACKER, t.plusSeconds(5))).isTrue();
        assertThat(guard.locked(account.id(), ATTACKER, t.plusMinutes(15))).isTrue();
        assertThat(guard.locked(account.id(), OFFICE, t.plusMinutes(15))).isFalse();
        assertThat(guard.locked(account.id(), ATTACKER, t.plusMinutes(15).plusSeconds(6))).isFalse();

        OffsetDateTime again = t.plusMinutes(16);
        for (int i = 1; i <= 5; i++) {
            guard.failed(account, ATTACKER, again.plusSeconds(i));
        }
        assertThat(guard.locked(account.id(), ATTACKER, again.plusMinutes(30))).isTrue();
        assertThat(guard.locked(account.id(), ATTACKER, again.plusMinutes(30).plusSeconds(6))).isFalse();
        assertThat(staff.account(account.id()).orElseThrow().lockedUntil().toInstant())
                .isEqualTo(again.plusSeconds(5).plusMinutes(30).toInstant());

        staff.resetPassword(account.id());
        assertThat(staff.account(account.id()).orElseThrow().lockedUntil()).isNull();
        guard.failed(account, ATTACKER, again.plusMinutes(1));
        assertThat(guard.locked(account.id(), ATTACKER, again.plusMinutes(1))).isFalse();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String code(byte[] secret, int stepsFromNow) {
        return Totp.code(secret, Totp.step(Instant.now().getEpochSecond()) + stepsFromNow);
    }
}
