package org.zhengwu.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.zhengwu.ConsoleFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ImportedArticle;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.publishing.RebuildSummary;
import org.zhengwu.publishing.SiteRebuild;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

@ZhengwuTest
class RebuildTest {

    private static final Pattern SUMMARY = Pattern.compile("rebuild: (\\d+) pages \\(zh-Hans\\) \\+ (\\d+) pages \\(zh-Hant\\) in \\d+\\.\\d s");

    @Autowired
    org.zhengwu.accounts.StaffAdministration staffAccounts;
    private org.zhengwu.accounts.internal.StaffUser administrator;

    /** A real site-group administrator: the publishing console is for administrators only. */
    private org.zhengwu.accounts.internal.StaffUser administrator() {
        if (administrator == null) {
            administrator = new org.zhengwu.ConsoleFixtures(admin, staffAccounts).administrator();
        }
        return administrator;
    }

    @Autowired
    SiteAdministration admin;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    DataDirectory data;
    @Autowired
    SiteRebuild rebuild;
    @Autowired
    RebuildCommand command;
    @Autowired
    SiteLocks locks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Fixture fx;

    @BeforeEach
    void setUp() {
        fx = new Fixture(admin, directory, editing, data);
    }

    /** A site with 45 news items and a single page, imported after its own renders settled (an import raises no events). */
    private Site importedSite(String code) {
        Site site = fx.unitSite(code, UnitKind.DEPARTMENT, null);
        Column news = fx.column(site, "news", "工作动态", ColumnKind.NEWS);
        Column about = fx.column(site, "about", "机构概况", ColumnKind.PAGE);
        admin.addColumn(site.id(), new ColumnDetails(null, "hall", "网上办事", ColumnKind.LINK, 9, null, null, "https://zwfw.example.gov.cn/"));
        Fixture.awaitListenersDone(jdbc); // the site's own renders are done before its items arrive
        List<ImportedArticle> articles = new ArrayList<>();
        OffsetDateTime t = OffsetDateTime.parse("2026-01-01T08:00+08:00");
        for (int i = 0; i < 45; i++) {
            articles.add(new ImportedArticle(code + "-n" + i, site.id(), news.id(), "导入的发展动态" + i, "市政府", t.plusDays(i), "<p>正文" + i + "</p>"));
        }
        articles.add(new ImportedArticle(code + "-a", site.id(), about.id(), "本局职能", null, t, "<p>职能</p>"));
        editing.importPublished(articles);
        return site;
    }

    private long htmlFiles(String folder) throws IOException {
        Path dir = fx.file(folder);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    @Test
    void aRebuildWritesEveryPageInBothScriptsAndRemovesPagesThatAreNoLongerPublished() throws Exception {
        String code = Fixture.code("rb");
        importedSite(code);
        assertThat(fx.file("/" + code + "/news/index_3.html")).doesNotExist();
        Files.createDirectories(fx.file("/" + code + "/gone"));
        Files.writeString(fx.file("/" + code + "/news/999999.html"), "stale");
        Files.writeString(fx.file("/" + code + "/gone/index.html"), "stale");

        RebuildSummary summary = rebuild.run();

        // 45 items + 3 list pages, the single page's item + its page, the home page, the unit's guides (bsfw/)
        assertThat(htmlFiles("/" + code)).isEqualTo(52);
        assertThat(htmlFiles("/zh-hant/" + code)).isEqualTo(52);
        assertThat(fx.read("/" + code + "/bsfw/index.html")).contains("本单位暂无上线的办事事项");
        assertThat(fx.read("/" + code + "/news/index_3.html")).contains("导入的发展动态0");
        assertThat(fx.read("/zh-hant/" + code + "/news/index_3.html")).contains("導入的發展動態0");
        assertThat(fx.read("/" + code + "/about/index.html")).contains("<h1>本局职能</h1>");
        assertThat(fx.file("/" + code + "/news/999999.html")).doesNotExist();
        assertThat(fx.file("/" + code + "/gone")).doesNotExist();
        assertThat(fx.file("/" + code + "/hall")).doesNotExist();
        assertThat(fx.read("/assets/site.css")).contains("--brand");
        assertThat(fx.read("/robots.txt")).contains("/" + code + "/sitemap.xml");
        assertThat(summary.hansPages()).isEqualTo(summary.hantPages()).isGreaterThanOrEqualTo(51);
        assertThat(rebuild.progress().running()).isFalse();
        assertThat(rebuild.progress().last()).isEqualTo(summary);
    }

    @Test
    void theCommandPrintsProgressAndEndsWithOneSummaryLine() throws Exception {
        importedSite(Fixture.code("cmd"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.output(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.run(List.of())).isZero();
        } finally {
            command.output(System.out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("rebuild:")).hasSize(1);
        assertThat(lines.get(lines.size() - 2)).matches("rebuild time by script: zh-Hans \\d+\\.\\d s, zh-Hant \\d+\\.\\d s .*");
        var m = SUMMARY.matcher(lines.get(lines.size() - 1));
        assertThat(m.matches()).as(lines.toString()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(Long.parseLong(m.group(2))).isGreaterThanOrEqualTo(51);
    }

    @Test
    void theCommandForTheSimplifiedTreeAloneWritesNoTraditionalPageAndRemovesNone() throws Exception {
        String code = Fixture.code("hans");
        importedSite(code);
        rebuild.run();
        Files.writeString(fx.file("/zh-hant/" + code + "/news/index_3.html"), "left as it was");
        Files.writeString(fx.file("/" + code + "/news/index_3.html"), "stale");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.output(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.run(List.of("zh-Hans"))).isZero();
            assertThat(command.run(List.of("everything"))).isEqualTo(2);
        } finally {
            command.output(System.out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        var m = SUMMARY.matcher(lines.stream().filter(l -> l.startsWith("rebuild:")).findFirst().orElseThrow());
        assertThat(m.matches()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isGreaterThanOrEqualTo(51);
        assertThat(Long.parseLong(m.group(2))).isZero();
        assertThat(lines).contains("用法: " + command.usage());
        assertThat(fx.read("/" + code + "/news/index_3.html")).contains("导入的发展动态0");
        assertThat(fx.read("/zh-hant/" + code + "/news/index_3.html")).isEqualTo("left as it was");
        assertThat(htmlFiles("/zh-hant/" + code)).isEqualTo(52);
    }

    @Test
    void onlyOneRebuildRunsAtATime() throws Exception {
        Site site = importedSite(Fixture.code("one"));
        ReentrantLock lock = locks.lockOf(site.id());
        lock.lock(); // holds the rebuild at this site
        try {
            rebuild.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> rebuild.progress().running());
            assertThatThrownBy(() -> rebuild.start()).isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).key()).isEqualTo("publishing.rebuild.running");
            assertThatThrownBy(() -> rebuild.run()).isInstanceOf(RuleViolation.class);
            mvc.perform(post("/admin/publishing/rebuild").with(as(administrator())).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("error", "已有一个重新生成任务正在进行，请等它完成后再试。"));
            String page = mvc.perform(get("/admin/publishing").with(as(administrator()))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("<progress", "<meta http-equiv=\"refresh\" content=\"2\">", "正在重新生成")
                    .doesNotContain("action=\"/admin/publishing/rebuild\"");
        } finally {
            lock.unlock();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.progress().running());
        assertThat(rebuild.progress().last()).isNotNull();
        String page = mvc.perform(get("/admin/publishing").with(as(administrator()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("上次重新生成：", "action=\"/admin/publishing/rebuild\"").doesNotContain("http-equiv=\"refresh\"");
    }
}
