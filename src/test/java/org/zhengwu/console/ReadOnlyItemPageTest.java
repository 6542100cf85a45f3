package org.zhengwu.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.IssuedPassword;
import org.zhengwu.accounts.NewStaff;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/** Who may read but not change an item sees it without inputs or buttons; its editor sees the form. */
@ZhengwuTest
class ReadOnlyItemPageTest {

    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ContentEditing editing;
    @Autowired
    MockMvc mvc;

    @Test
    void aSupervisorReadsTheItemWithoutAnythingToPress() throws Exception {
        ConsoleFixtures fx = new ConsoleFixtures(sites, staff);
        Site site = fx.site();
        Column news = fx.column(site, ColumnKind.NEWS);
        long id = editing.createDraft(ContentDraft.of(news.id(), "督查通报草稿", "<p>正文</p>", "2026-11-20 09:30"));
        IssuedPassword issued = staff.create(new NewStaff(ConsoleFixtures.code("sv"), "监督员甲", StaffRole.SUPERVISOR, null));
        staff.changePassword(issued.account().id(), issued.temporaryPassword(), ConsoleFixtures.PASSWORD, ConsoleFixtures.PASSWORD);
        StaffUser supervisor = StaffUser.of(staff.account(issued.account().id()).orElseThrow());

        String read = mvc.perform(get("/admin/content/" + id).with(as(supervisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(read).contains("督查通报草稿", "您可以查看这篇稿件，但不能修改", "<fieldset class=\"whole-form\" disabled>")
                .doesNotContain("保存并提交审核", "action=\"/admin/content/" + id + "/attachments\"");

        String edit = mvc.perform(get("/admin/content/" + id).with(as(fx.editorOf(site)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("保存并提交审核", "<fieldset class=\"whole-form\">").doesNotContain("但不能修改");
    }
}
