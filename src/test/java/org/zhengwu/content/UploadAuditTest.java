package org.zhengwu.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/** Attachments added and removed, and images uploaded for a body, are in the audit log; refused files are not. */
@ZhengwuTest
class UploadAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ContentEditing editing;
    @Autowired
    ContentQueries queries;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    AuditRecords audit;
    Site site;
    StaffUser editor;
    long itemId;

    @BeforeEach
    void setUp() {
        ConsoleFixtures fixtures = new ConsoleFixtures(siteAdministration, staff);
        audit = new AuditRecords(jdbc);
        site = fixtures.site();
        editor = fixtures.editorOf(site);
        itemId = editing.createDraft(ContentDraft.of(fixtures.column(site, ColumnKind.NEWS).id(), "审计附件的通知", "<p>x</p>", null));
    }

    @AfterEach
    void chainStaysIntact() {
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void addingAndRemovingAnAttachmentIsRecordedWithTheEditorTheFileAndTheUnit() throws Exception {
        mvc.perform(multipart("/admin/content/" + itemId + "/attachments")
                        .file(new MockMultipartFile("file", "通知全文.pdf", "application/pdf", UploadsTest.PDF))
                        .with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Attachment attachment = queries.item(itemId).orElseThrow().attachments().get(0);

        AuditRecords.Row added = audit.last("content.attachment.add", attachment.id()).orElseThrow();
        assertThat(added.actorId()).isEqualTo(editor.accountId());
        assertThat(added.actorRole()).isEqualTo("EDITOR");
        assertThat(added.targetType()).isEqualTo("attachment");
        assertThat(added.unitId()).isEqualTo(site.unitId());
        assertThat(added.detail()).contains("审计附件的通知", "通知全文.pdf", attachment.path());

        mvc.perform(post("/admin/content/" + itemId + "/attachments/" + attachment.id() + "/delete").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.item(itemId).orElseThrow().attachments()).isEmpty();
        AuditRecords.Row removed = audit.last("content.attachment.remove", attachment.id()).orElseThrow();
        assertThat(removed.actorId()).isEqualTo(editor.accountId());
        assertThat(removed.unitId()).isEqualTo(site.unitId());
        assertThat(removed.detail()).contains("删除附件", "通知全文.pdf");
    }

    @Test
    void anImageUploadIsRecordedAgainstTheSitesUnit() throws Exception {
        String body = mvc.perform(multipart("/admin/content/images")
                        .file(new MockMultipartFile("file", "现场.png", "image/png", UploadsTest.PNG))
                        .param("site", String.valueOf(site.id())).param("alt", "会议现场")
                        .accept(MediaType.APPLICATION_JSON).with(as(editor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String url = body.replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");

        AuditRecords.Row uploaded = audit.last("content.image.upload", url).orElseThrow();
        assertThat(uploaded.actorId()).isEqualTo(editor.accountId());
        assertThat(uploaded.targetType()).isEqualTo("upload");
        assertThat(uploaded.unitId()).isEqualTo(site.unitId());
        assertThat(uploaded.detail()).contains("现场.png", "会议现场");
    }

    @Test
    void refusedFilesAndAnotherItemsAttachmentLeaveNoRecord() throws Exception {
        long before = audit.lastSeq();
        mvc.perform(multipart("/admin/content/" + itemId + "/attachments")
                        .file(new MockMultipartFile("file", "setup.pdf", "application/pdf", UploadsTest.EXE))
                        .with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/admin/content/images").file(new MockMultipartFile("file", "photo.png", "image/png", UploadsTest.PNG))
                        .param("site", String.valueOf(site.id())).param("alt", " ")
                        .accept(MediaType.APPLICATION_JSON).with(as(editor)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/content/" + itemId + "/attachments/999999999/delete").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.since(before)).isEmpty();
    }
}
