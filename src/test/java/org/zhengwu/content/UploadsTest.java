package org.zhengwu.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

@ZhengwuTest
class UploadsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

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
    DataDirectory data;

    ConsoleFixtures fixtures;
    Site site;
    StaffUser editor;
    long itemId;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(siteAdministration, staff);
        site = fixtures.site();
        Column news = fixtures.column(site, ColumnKind.NEWS);
        editor = fixtures.editorOf(site);
        itemId = editing.createDraft(ContentDraft.of(news.id(), "带附件的通知", "<p>x</p>", null));
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(data.uploads())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    org.springframework.test.web.servlet.ResultActions attach(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/admin/content/" + itemId + "/attachments").file(file).with(as(editor)).with(csrf()));
    }

    @Test
    void anAttachmentIsStoredUnderARandomNameAndServedAsADownload() throws Exception {
        attach(new MockMultipartFile("file", "2026年工作要点.pdf", "application/pdf", PDF))
                .andExpect(flash().attribute("notice", "已添加附件“2026年工作要点.pdf”"));
        Attachment a = queries.item(itemId).orElseThrow().attachments().get(0);
        assertThat(a.fileName()).isEqualTo("2026年工作要点.pdf");
        assertThat(a.path()).matches("/uploads/\\d{4}/\\d{2}/[0-9a-f]{32}\\.pdf");
        assertThat(a.contentType()).isEqualTo("application/pdf");

        mvc.perform(get(a.path())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                // the upload's own sandbox policy is sent besides the site-wide one, and browsers apply both
                .andExpect(header().stringValues("Content-Security-Policy", hasItem("default-src 'none'; sandbox")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''2026")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void anExecutableRenamedToPdfIsRefusedAndNothingIsStored() throws Exception {
        long before = storedFiles();
        attach(new MockMultipartFile("file", "通知.pdf", "application/pdf", EXE))
                .andExpect(flash().attribute("error", containsString("内容与扩展名 .pdf 不符")));
        attach(new MockMultipartFile("file", "setup.exe", "application/octet-stream", EXE))
                .andExpect(flash().attribute("error", containsString("不能上传“.exe”类型的附件")));
        attach(new MockMultipartFile("file", "page.html", "text/html", "<script>alert(1)</script>".getBytes()))
                .andExpect(flash().attribute("error", containsString("不能上传“.html”类型的附件")));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(queries.item(itemId).orElseThrow().attachments()).isEmpty();
    }

    @Test
    void aNameThatClimbsOutOfTheFolderIsRefused() throws Exception {
        long before = storedFiles();
        attach(new MockMultipartFile("file", "../../etc/cron.d/x.pdf", "application/pdf", PDF))
                .andExpect(flash().attribute("error", containsString("不能包含路径")));
        attach(new MockMultipartFile("file", "..\\..\\web.pdf", "application/pdf", PDF))
                .andExpect(flash().attribute("error", containsString("不能包含路径")));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(queries.item(itemId).orElseThrow().attachments()).isEmpty();
    }

    @Test
    void anImageOverTenMegabytesIsRefused() throws Exception {
        long before = storedFiles();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        mvc.perform(multipart("/admin/content/images").file(new MockMultipartFile("file", "big.png", "image/png", big))
                        .param("site", String.valueOf(site.id())).param("alt", "大图")
                        .accept(MediaType.APPLICATION_JSON).with(as(editor)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("不能超过10MB")));
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void anImageNeedsATextAlternativeAndIsServedInline() throws Exception {
        long before = storedFiles();
        mvc.perform(multipart("/admin/content/images").file(new MockMultipartFile("file", "photo.png", "image/png", PNG))
                        .param("site", String.valueOf(site.id())).param("alt", " ")
                        .accept(MediaType.APPLICATION_JSON).with(as(editor)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("请填写图片说明")));
        assertThat(storedFiles()).isEqualTo(before);

        String body = mvc.perform(multipart("/admin/content/images").file(new MockMultipartFile("file", "photo.png", "image/png", PNG))
                        .param("site", String.valueOf(site.id())).param("alt", "会议现场")
                        .accept(MediaType.APPLICATION_JSON).with(as(editor)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.alt").value("会议现场"))
                .andReturn().getResponse().getContentAsString();
        String url = body.replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", "inline"));

        mvc.perform(multipart("/admin/content/images").file(new MockMultipartFile("file", "photo.png", "image/png", PNG))
                        .param("site", String.valueOf(site.id())).param("alt", "无脚本</textarea><b>").with(as(editor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alt=\"无脚本&lt;/textarea&gt;&lt;b&gt;\"&gt;&lt;/p&gt;</textarea>")));
    }

    @Test
    void onlyStoredFilesOfAcceptedTypesAreServed() throws Exception {
        Path html = data.uploads().resolve("2026/01");
        Files.createDirectories(html);
        Files.writeString(html.resolve("planted.html"), "<script>alert(1)</script>");
        Files.writeString(data.root().resolve("secret.txt"), "secret");
        mvc.perform(get("/uploads/2026/01/planted.html")).andExpect(status().isNotFound());
        mvc.perform(get("/uploads/../secret.txt")).andExpect(status().is4xxClientError());
        mvc.perform(get("/uploads/2026/01/..%2F..%2F..%2Fsecret.txt")).andExpect(status().is4xxClientError());
        mvc.perform(get("/uploads/2026/01/missing.pdf")).andExpect(status().isNotFound());
    }
}
