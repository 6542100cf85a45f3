package org.zhengwu.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;

@ZhengwuTest
class SitePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration administration;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staff;

    ConsoleFixtures fixtures;
    StaffUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(administration, staff);
        admin = fixtures.administrator();
    }

    private static MockHttpServletRequestBuilder siteForm(String path, String unitCode, String siteCode) {
        return post(path).with(csrf()).param("unitCode", unitCode).param("unitName", "发展和改革委员会")
                .param("unitKind", "DEPARTMENT").param("siteCode", siteCode).param("siteName", "发改委")
                .param("primaryColor", "#b5121b").param("sponsor", "某市人民政府").param("sortOrder", "3");
    }

    @Test
    void anAdministratorOpensASiteWithItsUnit() throws Exception {
        String code = ConsoleFixtures.code("fgw");
        mvc.perform(siteForm("/admin/sites", code, code).with(as(admin)))
                .andExpect(status().is3xxRedirection());
        Site site = directory.siteByCode(code).orElseThrow();
        assertThat(site.footer().sponsor()).isEqualTo("某市人民政府");
        assertThat(directory.unit(site.unitId()).orElseThrow().name()).isEqualTo("发展和改革委员会");
        mvc.perform(get("/admin/sites").with(as(admin))).andExpect(content().string(containsString(code)));
    }

    @Test
    void aDuplicateSiteCodeIsShownNextToTheFormWithTheInputKeptAndNothingSaved() throws Exception {
        Site existing = fixtures.site();
        int sites = directory.sites().size();
        int units = directory.units().size();
        String unitCode = ConsoleFixtures.code("new");
        mvc.perform(siteForm("/admin/sites", unitCode, existing.code()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("站点代码“" + existing.code() + "”已被其他站点使用")))
                .andExpect(content().string(containsString("value=\"" + unitCode + "\"")))
                .andExpect(content().string(containsString("value=\"某市人民政府\"")));
        assertThat(directory.sites()).hasSize(sites);
        assertThat(directory.units()).hasSize(units);
    }

    @Test
    void aColumnCycleIsRefusedWithItsMessageAndTheTreeStaysAsItWas() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.editorOf(site);
        Column top = administration.addColumn(site.id(), new ColumnDetails(null, "top", "顶级", ColumnKind.NEWS, 0, null, null, null));
        Column child = administration.addColumn(site.id(), new ColumnDetails(top.id(), "child", "下级", ColumnKind.NEWS, 0, null, null, null));

        mvc.perform(post("/admin/columns/" + top.id()).with(as(editor)).with(csrf())
                        .param("parentId", String.valueOf(child.id())).param("code", "top").param("name", "顶级改名")
                        .param("kind", "NEWS").param("sortOrder", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能把栏目移到它自己或它的下级栏目之下")))
                .andExpect(content().string(containsString("value=\"顶级改名\"")));
        Column after = directory.column(top.id()).orElseThrow();
        assertThat(after.parentId()).isNull();
        assertThat(after.name()).isEqualTo("顶级");
    }

    @Test
    void aDuplicateColumnCodeIsRefusedWithItsMessage() throws Exception {
        Site site = fixtures.site();
        administration.addColumn(site.id(), new ColumnDetails(null, "news", "新闻", ColumnKind.NEWS, 0, null, null, null));
        mvc.perform(post("/admin/sites/" + site.id() + "/columns").with(as(admin)).with(csrf())
                        .param("parentId", "").param("code", "news").param("name", "又一个新闻").param("kind", "NOTICE")
                        .param("updateIntervalDays", "14"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本站已有代码为“news”的栏目")))
                .andExpect(content().string(containsString("value=\"又一个新闻\"")));
        assertThat(directory.columns(site.id())).hasSize(1);

        mvc.perform(post("/admin/sites/" + site.id() + "/columns").with(as(admin)).with(csrf())
                        .param("parentId", "").param("code", "notice").param("name", "通知").param("kind", "NOTICE")
                        .param("responsiblePerson", "王五").param("updateIntervalDays", "14"))
                .andExpect(redirectedUrl("/admin/sites/" + site.id() + "#columns"));
        Column created = directory.column(site.id(), "notice").orElseThrow();
        assertThat(created.kind()).isEqualTo(ColumnKind.NOTICE);
        assertThat(created.updateIntervalDays()).isEqualTo(14);
        assertThat(created.responsiblePerson()).isEqualTo("王五");
    }

    @Test
    void anEditorSeesOnlyTheirOwnSiteAndCannotMoveItsHost() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.editorOf(site);
        mvc.perform(get("/admin/sites").with(as(editor))).andExpect(redirectedUrl("/admin/sites/" + site.id()));
        mvc.perform(get("/admin/sites/new").with(as(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sites/" + site.id()).with(as(editor)).with(csrf())
                        .param("siteName", "新名称").param("host", "evil.example.com").param("sortOrder", "-99")
                        .param("primaryColor", "#0055aa").param("organizer", "办公室"))
                .andExpect(redirectedUrl("/admin/sites/" + site.id()));
        Site after = directory.site(site.id()).orElseThrow();
        assertThat(after.name()).isEqualTo("新名称");
        assertThat(after.footer().organizer()).isEqualTo("办公室");
        assertThat(after.host()).isNull();
        assertThat(after.sortOrder()).isZero();
    }
}
