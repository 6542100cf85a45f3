package org.zhengwu.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentStatus;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

/**
 * The editor of unit A against everything of unit B, by form and by tampered URL or id: always 403, and nothing of
 * B changes. The site-group administrator may do the same things.
 */
@ZhengwuTest
class CrossUnitAccessTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration siteAdministration;
    @Autowired
    SiteDirectory directory;
    @Autowired
    StaffAdministration staff;
    @Autowired
    ContentEditing editing;
    @Autowired
    ContentQueries queries;
    @Autowired
    DataDirectory data;

    ConsoleFixtures fixtures;
    Site siteA;
    Site siteB;
    Column columnA;
    Column columnB;
    Column policiesB;
    StaffUser editorA;
    StaffUser admin;
    long itemA;
    long draftB;
    long publishedB;
    long draftPolicyB;
    long attachmentB;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staff);
        siteA = fixtures.site();
        siteB = fixtures.site();
        columnA = fixtures.column(siteA, ColumnKind.NEWS);
        columnB = fixtures.column(siteB, ColumnKind.NEWS);
        policiesB = fixtures.column(siteB, ColumnKind.POLICY);
        fixtures.column(siteA, ColumnKind.INTERPRETATION);
        editorA = fixtures.editorOf(siteA);
        admin = fixtures.administrator();
        itemA = editing.createDraft(ContentDraft.of(columnA.id(), "甲单位的稿件", "<p>a</p>", null));
        draftB = editing.createDraft(ContentDraft.of(columnB.id(), "乙单位的草稿", "<p>b</p>", null));
        publishedB = editing.createDraft(ContentDraft.of(columnB.id(), "乙单位已发布", "<p>b</p>", null));
        editing.publish(publishedB);
        draftPolicyB = editing.createDraft(ContentDraft.of(policiesB.id(), "乙单位未发布的政策", "<p>b</p>", null));
        attachmentB = editing.addAttachment(draftB, "乙.pdf", "/uploads/2026/01/0123456789abcdef0123456789abcdef.pdf",
                "application/pdf", 10);
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(data.uploads())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private void refused(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        mvc.perform(request.with(as(editorA)).with(csrf())).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("无权访问")));
    }

    private String id(long id) {
        return String.valueOf(id);
    }

    @Test
    void anEditorCannotReadOrChangeAnotherUnitsSiteOrColumns() throws Exception {
        refused(get("/admin/sites/" + siteB.id()));
        refused(post("/admin/sites/" + siteB.id()).param("siteName", "被改了").param("primaryColor", "#000000"));
        refused(get("/admin/sites/" + siteB.id() + "/columns/new"));
        refused(post("/admin/sites/" + siteB.id() + "/columns").param("code", "sneak").param("name", "潜入").param("kind", "NEWS"));
        refused(get("/admin/columns/" + columnB.id()));
        refused(post("/admin/columns/" + columnB.id()).param("code", columnB.code()).param("name", "被改了").param("kind", "NEWS"));
        refused(get("/admin/sites/new"));

        // hanging a column of A under a column of B is refused too
        mvc.perform(post("/admin/sites/" + siteA.id() + "/columns").with(as(editorA)).with(csrf())
                        .param("parentId", id(columnB.id())).param("code", "under-b").param("name", "挂到乙下").param("kind", "NEWS"))
                .andExpect(content().string(containsString("上级栏目必须属于同一站点")));

        assertThat(directory.site(siteB.id()).orElseThrow().name()).isEqualTo(siteB.name());
        assertThat(directory.columns(siteB.id())).extracting(Column::name).doesNotContain("被改了", "潜入");
        assertThat(directory.columns(siteB.id())).hasSize(2);
        assertThat(directory.columns(siteA.id())).extracting(Column::code).doesNotContain("under-b");
    }

    @Test
    void anEditorCannotReadListOrChangeAnotherUnitsContent() throws Exception {
        refused(get("/admin/content").param("site", id(siteB.id())));
        refused(get("/admin/content").param("column", id(columnB.id())));
        refused(get("/admin/content/new").param("site", id(siteB.id())));
        refused(get("/admin/content/" + draftB));
        refused(get("/admin/content/" + draftB + "/preview"));
        refused(post("/admin/content/" + draftB).param("columnId", id(columnB.id())).param("title", "被改了"));
        refused(post("/admin/content").param("site", id(siteB.id())).param("columnId", id(columnB.id())).param("title", "塞进乙"));
        refused(post("/admin/content").param("site", id(siteA.id())).param("columnId", id(columnB.id())).param("title", "塞进乙"));
        refused(post("/admin/content/" + itemA).param("columnId", id(columnB.id())).param("title", "搬到乙"));
        refused(post("/admin/content/" + draftB).param("columnId", id(columnB.id())).param("title", "乙单位的草稿")
                .param("then", "submit"));
        refused(post("/admin/content/" + publishedB + "/withdrawal").param("reason", "撤下乙的稿件"));
        refused(get("/admin/review/items/" + draftB));
        refused(post("/admin/review/items/" + publishedB + "/approve").param("version", "1"));
        refused(post("/admin/content/" + draftB + "/attachments/" + attachmentB + "/delete"));
        refused(post("/admin/content").param("site", id(siteA.id())).param("columnId", id(columnA.id()))
                .param("title", "解读乙的草稿").param("interpretsId", id(draftPolicyB)));

        mvc.perform(get("/admin/content").with(as(editorA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲单位的稿件")))
                .andExpect(content().string(not(containsString("乙单位"))));

        ContentItem b = queries.item(draftB).orElseThrow();
        assertThat(b.title()).isEqualTo("乙单位的草稿");
        assertThat(b.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(b.attachments()).hasSize(1);
        assertThat(queries.item(publishedB).orElseThrow().isPublished()).isTrue();
        assertThat(queries.item(itemA).orElseThrow().columnId()).isEqualTo(columnA.id());
        assertThat(queries.countForEditors(List.of(siteB.id()), null, null)).isEqualTo(3);
        assertThat(queries.countForEditors(List.of(siteA.id()), null, null)).isEqualTo(1);
    }

    @Test
    void anEditorCannotUploadIntoAnotherUnitsSiteOrItems() throws Exception {
        long before = storedFiles();
        refused(multipart("/admin/content/" + draftB + "/attachments")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)));
        refused(multipart("/admin/content/images").file(new MockMultipartFile("file", "a.png", "image/png", PNG))
                .param("site", id(siteB.id())).param("alt", "图"));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(queries.item(draftB).orElseThrow().attachments()).hasSize(1);
    }

    @Test
    void onlyAdministratorsRebuildTheGroupOrSwitchGreyMode() throws Exception {
        refused(get("/admin/publishing"));
        refused(post("/admin/publishing/rebuild"));
        refused(post("/admin/publishing/grey").param("mode", "ON"));
        mvc.perform(get("/admin/publishing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("全站重新生成")));
        // and the navigation offers the group-wide pages only to those who may use them
        mvc.perform(get("/admin/content").with(as(editorA)))
                .andExpect(content().string(not(containsString("href=\"/admin/publishing\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/staff\""))));
        mvc.perform(get("/admin/content").with(as(admin)))
                .andExpect(content().string(containsString("href=\"/admin/publishing\"")))
                .andExpect(content().string(containsString("href=\"/admin/staff\"")));
    }

    @Test
    void anEditorPreviewsOwnDraftsOnly() throws Exception {
        mvc.perform(get("/admin/content/" + itemA + "/preview").with(as(editorA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲单位的稿件")));
        mvc.perform(get("/admin/content/" + draftB + "/preview").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("乙单位的草稿")));
    }

    @Test
    void theAdministratorMayActOnEverySite() throws Exception {
        mvc.perform(get("/admin/sites/" + siteB.id()).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(columnB.name())));
        mvc.perform(get("/admin/columns/" + columnB.id()).with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/content/" + draftB).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("乙单位的草稿")));
        mvc.perform(post("/admin/content/" + draftB).with(as(admin)).with(csrf())
                        .param("columnId", id(columnB.id())).param("title", "管理员改的标题"))
                .andExpect(status().is3xxRedirection());
        ContentItem b = queries.item(draftB).orElseThrow();
        assertThat(b.title()).isEqualTo("管理员改的标题");
        // administrators do not publish directly either: only the review chain does
        assertThat(b.isPublished()).isFalse();
        mvc.perform(get("/admin/content").with(as(admin))).andExpect(content().string(containsString("甲单位的稿件")))
                .andExpect(content().string(containsString("管理员改的标题")));
    }

    @Test
    void aMissingIdIsNotFoundRatherThanAnError() throws Exception {
        mvc.perform(get("/admin/content/99999999").with(as(editorA))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("内容不存在")));
        mvc.perform(get("/admin/sites/99999999").with(as(editorA))).andExpect(status().isNotFound());
    }
}
