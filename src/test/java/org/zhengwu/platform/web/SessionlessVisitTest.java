package org.zhengwu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.interaction.Hall;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;

/**
 * A citizen who only reads (searches, the hall's pages, published letters, the JSON API) gets no session and no
 * cookie: the server keeps nothing for them. Nor do the hall's forms, which carry a signed form token instead of the
 * session's CSRF token.
 */
@ZhengwuTest
class SessionlessVisitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Hall hall;

    @Test
    void pagesWithoutFormsStartNoSession() throws Exception {
        for (String path : new String[] {"/search?q=政务公开", "/zh-hant/search?q=政務公開", "/api/v1/search?q=政务",
                "/hdjl/", "/hdjl/letters", "/hdjl/statistics", "/zh-hant/hdjl/"}) {
            MvcResult r = mvc.perform(get(path)).andReturn();
            assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(r.getRequest().getSession(false)).as(path).isNull();
            assertThat(r.getResponse().getHeader("Set-Cookie")).as(path).isNull();
        }
    }

    @Test
    void theHallsFormsStartNoSessionEitherTheyCarryTheirOwnSignedToken() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.CONSULTATION, null, 5);
        for (String path : new String[] {"/hdjl/write/" + box.code(), "/hdjl/query"}) {
            MvcResult r = mvc.perform(get(path)).andReturn();
            assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("_csrf");
            assertThat(r.getRequest().getSession(false)).as(path).isNull();
        }
        assertThat(mvc.perform(get("/hdjl/write/" + box.code())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).containsPattern("name=\"_form\" value=\"[^\"]{20,}\"");
    }
}
