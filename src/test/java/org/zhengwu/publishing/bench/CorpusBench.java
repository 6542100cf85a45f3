package org.zhengwu.publishing.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.ImportedArticle;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measurement helpers, not part of the suite: run only when {@code -Dzhengwu.bench.dir=DIR} is given.
 * <pre>
 *   mvn -o test -Dtest=CorpusBench#load -Dzhengwu.bench.dir=/tmp/zw20k -Dzhengwu.corpus=/tmp/c20k.jsonl
 *   java -Xmx900m -jar target/zhengwu.jar rebuild --zhengwu.data-dir=/tmp/zw20k
 *   mvn -o test -Dtest=CorpusBench#publishLatency -Dzhengwu.bench.dir=/tmp/zw20k
 * </pre>
 * (The real importer is the importing module's job; this loader only fills a database for publishing's figures.)
 */
@SpringBootTest(properties = {"zhengwu.data-dir=${zhengwu.bench.dir}",
        "spring.datasource.url=jdbc:h2:file:${zhengwu.bench.dir}/db/zhengwu;DB_CLOSE_ON_EXIT=FALSE",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "zhengwu.bench.dir", matches = ".+")
class CorpusBench {

    @Autowired
    SiteAdministration admin;
    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    @EnabledIfSystemProperty(named = "zhengwu.corpus", matches = ".+")
    void load() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Column> columns = new HashMap<>();
        Map<String, Site> sites = new HashMap<>();
        long t0 = System.nanoTime();
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(System.getProperty("zhengwu.corpus")), StandardCharsets.UTF_8)) {
            JsonNode header = json.readTree(in.readLine());
            int order = 0;
            for (JsonNode s : header.get("sites")) {
                String code = s.get("code").asText();
                String kind = s.get("kind").asText();
                boolean portal = kind.equals("portal");
                Site site = directory.siteByCode(code).orElseGet(() -> admin.openSite(new NewSite(code, s.get("name").asText(),
                        portal ? UnitKind.PORTAL : UnitKind.parse(kind), code, s.get("name").asText(), null, portal,
                        new Site.Theme(null, Site.Theme.DEFAULT_COLOR), new Site.FooterIdentity(s.get("name").asText(),
                        "市政务服务数据管理局", "0000-12345678", "0000000000", "某ICP备00000000号", null), 0)));
                sites.put(code, site);
                int sort = 0;
                for (JsonNode c : s.get("columns")) {
                    String cc = c.get("code").asText();
                    Column col = directory.column(site.id(), cc).orElseGet(() -> admin.addColumn(site.id(), new ColumnDetails(null, cc,
                            c.get("name").asText(), ColumnKind.parse(c.get("kind").asText()), 0, null, null, null)));
                    columns.put(code + "/" + cc, col);
                    sort++;
                }
                order++;
            }
            Fixture.awaitListenersDone(jdbc); // the empty sites' own renders, before the items arrive
            boolean raw = Boolean.getBoolean("zhengwu.corpus.raw");
            List<ImportedArticle> batch = new ArrayList<>(1000);
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode a = json.readTree(line);
                Site site = sites.get(a.get("site").asText());
                Column col = columns.get(a.get("site").asText() + "/" + a.get("column").asText());
                batch.add(new ImportedArticle("corpus-" + a.get("id").asText(), site.id(), col.id(), a.get("title").asText(),
                        a.get("unit").asText(), OffsetDateTime.parse(a.get("published_at").asText()), a.get("body_html").asText()));
                if (batch.size() == 1000) {
                    n += raw ? insertRaw(batch) : editing.importPublished(batch);
                    batch.clear();
                }
            }
            n += raw ? insertRaw(batch) : editing.importPublished(batch);
        }
        Fixture.awaitListenersDone(jdbc);
        System.out.printf("loaded %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }

    /** The corpus bodies are plain paragraphs: for a large measurement database they may skip the sanitizer. */
    private int insertRaw(List<ImportedArticle> rows) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("SELECT 1").query(Integer.class).single();
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate("INSERT INTO content_item (site_id, column_id, status, "
                + "title, source, published_at, body_html, pinned, source_ref, created_at, updated_at) VALUES (?,?,'PUBLISHED',?,?,?,?,FALSE,?,?,?)",
                rows, 1000, (ps, r) -> {
                    ps.setLong(1, r.siteId());
                    ps.setLong(2, r.columnId());
                    ps.setString(3, r.title());
                    ps.setString(4, r.source());
                    ps.setObject(5, r.publishedAt());
                    ps.setString(6, r.bodyHtml());
                    ps.setString(7, r.sourceRef());
                    ps.setObject(8, now);
                    ps.setObject(9, now);
                });
        return rows.size();
    }

    /** Publishes items one after another and measures publish → served (page answered by the filter, lists updated). */
    @Test
    void publishLatency() throws Exception {
        List<Site> units = directory.sites().stream().filter(s -> !s.portal()).toList();
        Site portal = directory.portal().orElseThrow();
        List<Long> served = new ArrayList<>();
        List<Long> settled = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            Site site = i % 4 == 0 ? portal : units.get((i * 7) % units.size());
            Column news = directory.column(site.id(), "news").orElseThrow();
            String title = "时延测试发展动态" + System.nanoTime();
            long id = editing.createDraft(ContentDraft.of(news.id(), title, "<p>时延测试正文，推进高质量发展。</p>", null));
            long t0 = System.nanoTime();
            editing.publish(id);
            String path = "/" + site.code() + "/news/" + id + ".html";
            while (mvc.perform(get(path)).andReturn().getResponse().getStatus() != 200) {
                Thread.sleep(1);
            }
            long t1 = System.nanoTime();
            Fixture.awaitListenersDone(jdbc);
            long t2 = System.nanoTime();
            assertThat(mvc.perform(get("/" + site.code() + "/news/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(title);
            if (i > 0) { // the first one warms up
                served.add((t1 - t0) / 1_000_000);
                settled.add((t2 - t0) / 1_000_000);
            }
        }
        served.sort(null);
        settled.sort(null);
        System.out.printf("publish -> item page served: median %d ms, p90 %d ms, max %d ms%n", served.get(served.size() / 2),
                served.get(served.size() * 9 / 10), served.get(served.size() - 1));
        System.out.printf("publish -> every affected page written: median %d ms, p90 %d ms, max %d ms%n", settled.get(settled.size() / 2),
                settled.get(settled.size() * 9 / 10), settled.get(settled.size() - 1));
    }
}
