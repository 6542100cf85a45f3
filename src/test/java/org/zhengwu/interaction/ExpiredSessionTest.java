package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.zhengwu.ConsoleFixtures.as;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * Public forms do not depend on a server session (issue 12 §2): a letter posted after the session behind its form
 * expired is stored on its signed form token; one whose token is too old comes back with everything typed and a
 * Chinese explanation; the console keeps its CSRF protection; and no error anywhere is a framework's page — an
 * unknown console address is a Chinese page in the console's frame, a refusal on the public site one in the site's.
 */
@ZhengwuTest
class ExpiredSessionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;
    @Autowired
    org.zhengwu.sites.SiteAdministration sites;
    @Autowired
    org.zhengwu.accounts.StaffAdministration staffAdministration;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcClient jdbc;

    private long letters() {
        return jdbc.sql("SELECT COUNT(*) FROM letter").query(Long.class).single();
    }

    @Test
    void aLetterPostedAfterTheSessionBehindItsFormExpiredIsStored() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.CONSULTATION, null, 5);
        long before = letters();
        MockHttpSession expired = new MockHttpSession(); // a new, empty session: the form's one is gone
        MockHttpServletResponse r = mvc.perform(hall.letter(box, "会话过期后的来信", "我写了很久，会话已经过期。")
                .session(expired)).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(303);
        assertThat(r.getRedirectedUrl()).isEqualTo("/hdjl/receipt");
        assertThat(letters()).isEqualTo(before + 1);
    }

    @Test
    void aLetterWhoseFormIsTooOldComesBackWithEverythingTypedAndAChineseExplanation() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.CONSULTATION, null, 5);
        FormGuard yesterday = new FormGuard(cipher.signingKey("zhengwu form guard"),
                Clock.offset(Clock.systemUTC(), Duration.ofHours(-13)), Duration.ofSeconds(3), Duration.ofHours(12));
        long before = letters();
        MockHttpServletResponse r = mvc.perform(hall.letter(box, "放了一夜的来信", "这封信写了一整夜。")
                .with(Hall.set(FormGuard.TOKEN_FIELD, yesterday.issue("letter:" + box.code())))).andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8))
                .contains("表单打开时间过长已失效，您填写的内容已保留，请再提交一次")
                .contains("value=\"放了一夜的来信\"", "这封信写了一整夜。", "value=\"王小明\"", "value=\"13912345678\"")
                .contains("class=\"site-header\"").doesNotContain("Whitelabel", "Forbidden");
        assertThat(letters()).isEqualTo(before);
    }

    private org.zhengwu.accounts.internal.StaffUser administrator() {
        return new ConsoleFixtures(sites, staffAdministration).administrator();
    }

    @Test
    void theConsoleKeepsItsCsrfProtection() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/admin/mailboxes").with(as(administrator()))
                .param("code", "nocsrf")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/mailboxes").with(as(administrator())).with(csrf()).param("code", "x"))
                .andReturn().getResponse().getStatus()).isNotEqualTo(403);
    }

    @Test
    void anUnknownConsoleAddressIsAChinesePageInTheConsolesFrame() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/error").with(as(administrator()))
                .with(errorOf(404, "/admin/no-such-page"))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("页面不存在", "<header class=\"topbar\"")
                .doesNotContain("Whitelabel", "Not Found", "status=");
    }

    @Test
    void aRefusalOnThePublicSiteIsAChinesePageInTheSiteFrame() throws Exception {
        for (int status : new int[] {400, 403, 404, 405, 413, 500}) {
            MockHttpServletResponse r = mvc.perform(get("/error").with(errorOf(status, "/hdjl/write/x")))
                    .andReturn().getResponse();
            assertThat(r.getStatus()).isEqualTo(status);
            assertThat(r.getContentType()).startsWith("text/html");
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as("" + status).contains("class=\"site-header\"")
                    .containsPattern("<h1>[\\p{IsHan}]+</h1>").doesNotContain("Whitelabel", "status=");
        }
        MockHttpServletResponse hant = mvc.perform(get("/error").with(errorOf(403, "/zh-hant/hdjl/"))).andReturn()
                .getResponse();
        assertThat(hant.getContentAsString(StandardCharsets.UTF_8)).contains("無權訪問");
    }

    /** The request as the container forwards it to the error page after {@code sendError(status)} at {@code uri}. */
    private static RequestPostProcessor errorOf(int status, String uri) {
        return request -> {
            request.setDispatcherType(DispatcherType.ERROR);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
            return request;
        };
    }
}
