package org.zhengwu.checks;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.checks.internal.WordLists;
import org.zhengwu.sites.SiteAdministration;

@ZhengwuTest
class ChecksApiTest {

    static final String BODY = """
            {"title": "关于按装路灯的通知", "body": "<p>第一段。</p><p>联系电话13812345678，详见<a href=\\"https://shop.example.com/\\">网店</a>。</p>"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteAdministration sites;
    @Autowired
    WordLists lists;

    StaffUser editor;

    @BeforeEach
    void setUp() {
        editor = new ConsoleFixtures(sites, staff).editorOf(new ConsoleFixtures(sites, staff).site());
    }

    @Test
    void signedInStaffGetEveryFindingWithItsExactPosition() throws Exception {
        mvc.perform(post("/api/v1/checks").with(as(editor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blocking").value(true))
                .andExpect(jsonPath("$.blockingCount").value(1))
                .andExpect(jsonPath("$.warningCount").value(2))
                .andExpect(jsonPath("$.findings", hasSize(3)))
                .andExpect(jsonPath("$.findings[0].kind").value("TYPO"))
                .andExpect(jsonPath("$.findings[0].severity").value("WARNING"))
                .andExpect(jsonPath("$.findings[0].field").value("TITLE"))
                .andExpect(jsonPath("$.findings[0].start").value(2))
                .andExpect(jsonPath("$.findings[0].end").value(4))
                .andExpect(jsonPath("$.findings[0].line").value(1))
                .andExpect(jsonPath("$.findings[0].column").value(3))
                .andExpect(jsonPath("$.findings[0].text").value("按装"))
                .andExpect(jsonPath("$.findings[0].suggestion").value("安装"))
                .andExpect(jsonPath("$.findings[0].message").value("“按装”疑似错别字或错误表述，应为“安装”"))
                // body offsets count in PlainText.of(body): "第一段。\n联系电话…"
                .andExpect(jsonPath("$.findings[1].kind").value("MOBILE_NUMBER"))
                .andExpect(jsonPath("$.findings[1].field").value("BODY"))
                .andExpect(jsonPath("$.findings[1].start").value(9))
                .andExpect(jsonPath("$.findings[1].end").value(20))
                .andExpect(jsonPath("$.findings[1].line").value(2))
                .andExpect(jsonPath("$.findings[1].column").value(5))
                .andExpect(jsonPath("$.findings[2].kind").value("COMMERCIAL_LINK"))
                .andExpect(jsonPath("$.findings[2].text").value("网店"));
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        mvc.perform(post("/api/v1/checks").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("请先登录后台"));
    }

    @Test
    void aCallWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/v1/checks").with(as(editor)).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBodyThatIsNotJsonGetsAClearMessage() throws Exception {
        mvc.perform(post("/api/v1/checks").with(as(editor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("请求内容不是有效的JSON：须为含 title 和 body 两个文字字段的对象"));
    }
}
