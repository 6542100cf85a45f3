package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

@ZhengwuTest
class PreviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration admin;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    DataDirectory data;
    @Autowired
    StaffAdministration staff;

    @Test
    void staffSeeADraftAsItsPageWouldLookWithoutAnythingBeingPublished() throws Exception {
        Fixture fx = new Fixture(admin, directory, editing, data);
        String code = Fixture.code("pre");
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        StaffUser editor = new ConsoleFixtures(admin, staff).editorOf(site);
        long id = editing.createDraft(ContentDraft.of(news.id(), "尚未发布的稿件", "<p>草稿正文</p>", "2026-11-05 10:00"));

        String page = mvc.perform(get("/admin/content/" + id + "/preview").with(as(editor))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>尚未发布的稿件</h1>", "草稿正文", "class=\"preview\"", "noindex");
        assertThat(fx.file("/" + code + "/news/" + id + ".html")).doesNotExist();
        mvc.perform(get("/admin/content/999999999/preview").with(as(editor))).andExpect(status().isNotFound());
    }
}
