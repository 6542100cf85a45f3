package org.zhengwu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.sites.SiteAdministration;

/** The administrator re-indexes the group from the console and follows it; nobody else may. */
@ZhengwuTest
class SearchConsoleTest {

    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;
    @Autowired
    AuditLog audit;
    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorStartsAReindexAndSeesItFinish() throws Exception {
        ConsoleFixtures fx = new ConsoleFixtures(sites, staff);
        var admin = fx.administrator();
        String idle = mvc.perform(get("/admin/search").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(idle).contains("重建全站搜索索引", "action=\"/admin/search/reindex\"");

        mvc.perform(post("/admin/search/reindex").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                mvc.perform(get("/admin/search").with(as(admin))).andReturn().getResponse().getContentAsString()
                        .contains("上次重建："));
        assertThat(audit.latest(50)).extracting(AuditRecord::action).contains("search.reindex");
    }

    @Test
    void anEditorMayNotReindexAndAFormWithoutTokenIsRefused() throws Exception {
        ConsoleFixtures fx = new ConsoleFixtures(sites, staff);
        var editor = fx.editorOf(fx.site());
        mvc.perform(get("/admin/search").with(as(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/reindex").with(as(editor)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/reindex").with(as(fx.administrator()))).andExpect(status().isForbidden());
    }
}
