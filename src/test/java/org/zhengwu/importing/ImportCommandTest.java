package org.zhengwu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengwu.AuditRecords;
import org.zhengwu.OwnDatabase;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import command on a small corpus made by {@code make_corpus.py --articles 300 --sites 5} (the fixture
 * corpus-300.jsonl.gz), with bad lines put in. Each test gives the articles ids of its own, so the tests do not
 * depend on their order; the sites of the fixture are shared (and reused, which is part of what is tested).
 */
@ZhengwuTest
class ImportCommandTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_importing");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CorpusImport importer;
    @Autowired
    Texts texts;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentQueries content;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog log;

    record Run(int exitCode, List<String> output) {
        List<String> rejections() {
            return output.stream().filter(l -> l.startsWith("line ")).toList();
        }

        String last() {
            return output.get(output.size() - 1);
        }
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndReasonAndNothingOfThemIsStored() throws IOException {
        List<String> lines = corpus("bad-");
        ObjectNode sample = (ObjectNode) JSON.readTree(lines.get(1));
        insert(lines, 4, "{\"id\": \"bad-9001\", \"site\": \"www\", \"title\": ");
        insert(lines, 50, variant(sample, "bad-9002", "column", "nosuch"));
        insert(lines, 120, variant(sample, "bad-9003", "published_at", "2026-02-30T10:00:00+08:00"));
        insert(lines, 200, variant(sample, "bad-9004", "title", "  "));
        insert(lines, 305, variant(sample, "bad-9005", "site", "nowhere"));
        Path file = write("bad.jsonl", lines);

        Run run = run(file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.rejections()).hasSize(5);
        assertThat(run.rejections().get(0)).startsWith("line 4: 不是有效的 JSON");
        assertThat(run.rejections().subList(1, 5)).containsExactly(
                "line 50: 站点“" + sample.get("site").stringValue() + "”没有代码为“nosuch”的栏目",
                "line 120: 发布时间“2026-02-30T10:00:00+08:00”中的日期不存在",
                "line 200: 标题为空",
                "line 305: 站点“nowhere”不存在，也不在第1行的站点清单中");
        assertThat(run.last()).startsWith("import: 300 imported, 0 skipped as already present, 5 rejected in ").endsWith(" s");
        assertThat(run.output()).contains(texts.text("import.rebuild-hint"));

        assertThat(storedWithPrefix("bad-")).isEqualTo(300);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM content_item WHERE source_ref LIKE 'bad-900%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void importedArticlesArePublishedInTheirColumnsWithSanitizedBodies() throws IOException {
        List<String> lines = corpus("pub-");
        ObjectNode sample = (ObjectNode) JSON.readTree(lines.get(1));
        lines.set(1, variant(sample, "pub-1", "body_html", "<p onclick=\"steal()\">正文<script>alert(1)</script></p>"));
        assertThat(run(write("pub.jsonl", lines)).exitCode()).isZero();

        long id = jdbc.sql("SELECT id FROM content_item WHERE source_ref = 'pub-1'").query(Long.class).single();
        ContentItem item = content.publishedItem(id).orElseThrow();
        Site site = directory.siteByCode(sample.get("site").stringValue()).orElseThrow();
        assertThat(item.siteId()).isEqualTo(site.id());
        assertThat(directory.column(item.columnId()).orElseThrow().code()).isEqualTo(sample.get("column").stringValue());
        assertThat(item.title()).isEqualTo(sample.get("title").stringValue());
        assertThat(item.publishedAt().toString()).isEqualTo(sample.get("published_at").stringValue());
        assertThat(item.bodyHtml()).contains("正文").doesNotContain("script", "onclick");

        Site portal = directory.portal().orElseThrow();
        assertThat(portal.code()).isEqualTo("www");
        assertThat(directory.column(portal.id(), "interpret").orElseThrow().kind()).isEqualTo(ColumnKind.INTERPRETATION);
        assertThat(directory.column(portal.id(), "about").orElseThrow().kind()).isEqualTo(ColumnKind.PAGE);
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        Path file = write("again.jsonl", corpus("again-"));
        run(file);
        int sites = directory.sites().size();
        int columns = directory.sites().stream().mapToInt(s -> directory.columns(s.id()).size()).sum();

        Run again = run(file);

        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("站点清单：新建站点 0 个、栏目 0 个，沿用已有站点 5 个、栏目 40 个");
        assertThat(again.last()).startsWith("import: 0 imported, 300 skipped as already present, 0 rejected in ");
        assertThat(storedWithPrefix("again-")).isEqualTo(300);
        assertThat(directory.sites()).hasSize(sites);
        assertThat(directory.sites().stream().mapToInt(s -> directory.columns(s.id()).size()).sum()).isEqualTo(columns);
    }

    @Test
    void aHeaderThatIsNotJsonStopsTheImportAndStoresNothing() throws IOException {
        List<String> lines = corpus("hdr-");
        lines.set(0, "{\"sites\": [{\"code\": \"hdr-site\", ");
        int sites = directory.sites().size();

        Run run = run(write("broken-header.jsonl", lines));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).containsExactly("导入未进行，未保存任何内容：第1行（站点清单）不是有效的 JSON");
        assertThat(directory.sites()).hasSize(sites);
        assertThat(storedWithPrefix("hdr-")).isZero();
    }

    @Test
    void aHeaderWithOneSiteTheSitesModuleRefusesCreatesNoneOfItsSites() throws IOException {
        List<String> lines = corpus("refused-");
        lines.set(0, "{\"sites\": [{\"code\": \"fresh-dept\", \"name\": \"新单位\", \"kind\": \"department\", \"columns\": "
                + "[{\"code\": \"news\", \"name\": \"工作动态\", \"kind\": \"news\"}]}, "
                + "{\"code\": \"Bad Code\", \"name\": \"代码不合规的单位\", \"kind\": \"township\", \"columns\": []}]}");

        Run run = run(write("refused-header.jsonl", lines));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).singleElement().asString()
                .startsWith("导入未进行，未保存任何内容：第1行（站点清单）站点“Bad Code”无法创建：").contains("不合规");
        assertThat(directory.siteByCode("fresh-dept")).isEmpty();
        assertThat(storedWithPrefix("refused-")).isZero();
    }

    @Test
    void eachRunIsOneAuditRecordOfTheSystemWithTheFileAndItsCountsAndARefusedRunNone() throws IOException {
        AuditRecords audit = new AuditRecords(jdbc);
        List<String> lines = corpus("aud-");
        insert(lines, 7, "{\"id\": \"aud-9001\", ");
        // the command runs outside any web request; the test context's mock request would make the actor "公众"
        RequestAttributes testRequest = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.resetRequestAttributes();
        try {
            assertThat(run(write("audited.jsonl", lines)).exitCode()).isZero();
        } finally {
            RequestContextHolder.setRequestAttributes(testRequest);
        }

        AuditRecords.Row record = audit.last("import.run", "audited.jsonl").orElseThrow();
        assertThat(record.actorId()).isNull();
        assertThat(record.actorName()).isEqualTo("系统");
        assertThat(record.targetType()).isEqualTo("import");
        assertThat(record.unitId()).isNull();
        assertThat(record.detail()).startsWith("导入文件“audited.jsonl”：读取 301 行，新增 300 篇，已存在跳过 0 篇，拒绝 1 行");

        List<String> broken = corpus("aud2-");
        broken.set(0, "{\"sites\": ");
        long before = audit.lastSeq();
        assertThat(run(write("audited-broken.jsonl", broken)).exitCode()).isEqualTo(2);
        assertThat(audit.since(before)).isEmpty();
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void aMissingFileExitsWithTwo() {
        Run run = run(Path.of("target/no-such-corpus.jsonl"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).containsExactly("导入未进行，未保存任何内容：找不到文件或无法读取：target/no-such-corpus.jsonl");
    }

    private Run run(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = new ImportCommand(importer, texts, out).run(List.of(file.toString()));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private long storedWithPrefix(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM content_item WHERE source_ref LIKE ? AND status = 'PUBLISHED'")
                .param(prefix + "%").query(Long.class).single();
    }

    /** The fixture's lines, every article id prefixed so each test has articles of its own. */
    private static List<String> corpus(String idPrefix) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(ImportCommandTest.class.getResourceAsStream("/importing/corpus-300.jsonl.gz"))) {
            List<String> raw = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            lines.add(raw.get(0));
            for (String line : raw.subList(1, raw.size())) {
                ObjectNode article = (ObjectNode) JSON.readTree(line);
                article.put("id", idPrefix + article.get("id").asString());
                lines.add(JSON.writeValueAsString(article));
            }
        }
        assertThat(lines).hasSize(301);
        return lines;
    }

    private static String variant(ObjectNode sample, String id, String field, String value) {
        ObjectNode copy = sample.deepCopy();
        copy.put("id", id);
        copy.put(field, value);
        return JSON.writeValueAsString(copy);
    }

    /** Puts {@code line} so that it becomes line number {@code lineNumber} of the file. */
    private static void insert(List<String> lines, int lineNumber, String line) {
        lines.add(lineNumber - 1, line);
    }

    private static Path write(String name, List<String> lines) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "import-test"));
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
