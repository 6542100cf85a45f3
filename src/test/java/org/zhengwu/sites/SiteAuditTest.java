package org.zhengwu.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.audit.AuditLog;

/** Every change to units, sites and columns made through the console is in the audit log; a refused one is not. */
@ZhengwuTest
class SiteAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration administration;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staff;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    ConsoleFixtures fixtures;
    AuditRecords audit;
    StaffUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(administration, staff);
        audit = new AuditRecords(jdbc);
        admin = fixtures.administrator();
    }

    @AfterEach
    void chainStaysIntact() {
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void openingASiteRecordsItsUnitAndItsSiteWithTheAdministratorAsActor() throws Exception {
        String code = ConsoleFixtures.code("aud");
        mvc.perform(post("/admin/sites").with(as(admin)).with(csrf()).param("unitCode", code).param("unitName", "审计测试局")
                        .param("unitKind", "DEPARTMENT").param("siteCode", code).param("siteName", "审计测试站")
                        .param("primaryColor", "#b5121b").param("sortOrder", "1"))
                .andExpect(status().is3xxRedirection());
        Site site = directory.siteByCode(code).orElseThrow();

        AuditRecords.Row unit = audit.last("unit.create", site.unitId()).orElseThrow();
        assertThat(unit.actorId()).isEqualTo(admin.accountId());
        assertThat(unit.actorRole()).isEqualTo("ADMINISTRATOR");
        assertThat(unit.targetType()).isEqualTo("unit");
        assertThat(unit.unitId()).isEqualTo(site.unitId());
        assertThat(unit.detail()).contains(code, "审计测试局");

        AuditRecords.Row opened = audit.last("site.create", site.id()).orElseThrow();
        assertThat(opened.actorId()).isEqualTo(admin.accountId());
        assertThat(opened.outcome()).isEqualTo("DONE");
        assertThat(opened.targetType()).isEqualTo("site");
        assertThat(opened.unitId()).isEqualTo(site.unitId());
        assertThat(opened.detail()).contains("开设站点", code, "审计测试站");
    }

    @Test
    void aUnitsEditorChangingItsSiteIsRecordedWithTheFieldsBeforeAndAfter() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.editorOf(site);
        mvc.perform(post("/admin/sites/" + site.id()).with(as(editor)).with(csrf())
                        .param("siteName", "改过名的站点").param("primaryColor", "#0055aa").param("organizer", "办公室")
                        .param("sortOrder", "0"))
                .andExpect(status().is3xxRedirection());

        AuditRecords.Row changed = audit.last("site.update", site.id()).orElseThrow();
        assertThat(changed.actorId()).isEqualTo(editor.accountId());
        assertThat(changed.actorRole()).isEqualTo("EDITOR");
        assertThat(changed.unitId()).isEqualTo(site.unitId());
        assertThat(changed.detail()).contains("名称 “" + site.name() + "” → “改过名的站点”", "主色 “#b5121b” → “#0055aa”",
                "承办单位 （空） → “办公室”").doesNotContain("域名", "排序");
    }

    @Test
    void addingChangingAndMovingColumnsIsRecordedAgainstTheSitesUnit() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.editorOf(site);
        Column top = administration.addColumn(site.id(), new ColumnDetails(null, "top", "顶级", ColumnKind.NEWS, 0, null, null, null));

        mvc.perform(post("/admin/sites/" + site.id() + "/columns").with(as(editor)).with(csrf())
                        .param("parentId", "").param("code", "notice").param("name", "通知公告").param("kind", "NOTICE")
                        .param("sortOrder", "2"))
                .andExpect(status().is3xxRedirection());
        Column notice = directory.column(site.id(), "notice").orElseThrow();
        AuditRecords.Row added = audit.last("column.create", notice.id()).orElseThrow();
        assertThat(added.actorId()).isEqualTo(editor.accountId());
        assertThat(added.targetType()).isEqualTo("column");
        assertThat(added.unitId()).isEqualTo(site.unitId());
        assertThat(added.detail()).contains("notice", "通知公告", "NOTICE");

        mvc.perform(post("/admin/columns/" + notice.id()).with(as(editor)).with(csrf())
                        .param("parentId", "").param("code", "notice").param("name", "通知").param("kind", "NOTICE")
                        .param("sortOrder", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.last("column.update", notice.id()).orElseThrow().detail()).contains("名称 “通知公告” → “通知”");

        mvc.perform(post("/admin/columns/" + notice.id()).with(as(editor)).with(csrf())
                        .param("parentId", String.valueOf(top.id())).param("code", "notice").param("name", "通知")
                        .param("kind", "NOTICE").param("sortOrder", "2"))
                .andExpect(status().is3xxRedirection());
        AuditRecords.Row moved = audit.last("column.move", notice.id()).orElseThrow();
        assertThat(moved.actorId()).isEqualTo(editor.accountId());
        assertThat(moved.unitId()).isEqualTo(site.unitId());
        assertThat(moved.detail()).contains("上级栏目 （空） → “" + top.id() + "”");
    }

    @Test
    void refusedInputLeavesNoRecord() throws Exception {
        Site site = fixtures.site();
        StaffUser editor = fixtures.editorOf(site);
        Column top = administration.addColumn(site.id(), new ColumnDetails(null, "top", "顶级", ColumnKind.NEWS, 0, null, null, null));
        Column child = administration.addColumn(site.id(), new ColumnDetails(top.id(), "child", "下级", ColumnKind.NEWS, 0, null, null, null));
        long before = audit.lastSeq();

        mvc.perform(post("/admin/columns/" + top.id()).with(as(editor)).with(csrf())
                        .param("parentId", String.valueOf(child.id())).param("code", "top").param("name", "顶级")
                        .param("kind", "NEWS").param("sortOrder", "0"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/sites/" + site.id() + "/columns").with(as(editor)).with(csrf())
                        .param("parentId", "").param("code", "top").param("name", "重复").param("kind", "NEWS"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/sites/" + site.id()).with(as(editor)).with(csrf())
                        .param("siteName", "新名称").param("primaryColor", "not-a-colour").param("sortOrder", "0"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/sites").with(as(admin)).with(csrf()).param("unitCode", "Bad Code").param("unitName", "单位")
                        .param("unitKind", "DEPARTMENT").param("siteCode", "x").param("siteName", "站")
                        .param("primaryColor", "#b5121b"))
                .andExpect(status().isOk());

        assertThat(audit.since(before)).isEmpty();
    }
}
