package org.zhengwu.publishing.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Measurement helpers, not part of the suite: run only when {@code -Dzhengwu.bench.dir=DIR} is given.
 * {@code bench/publish.sh} runs it against the data directory that {@code bench/rebuild.sh} imported and rebuilt:
 * <pre>
 *   mvn -o test -Dtest=CorpusBench#publishLatency -Dzhengwu.bench.dir=/tmp/zw-bench/zw-data
 * </pre>
 */
@SpringBootTest(properties = {"zhengwu.data-dir=${zhengwu.bench.dir}",
        "spring.datasource.url=jdbc:h2:file:${zhengwu.bench.dir}/db/zhengwu;DB_CLOSE_ON_EXIT=FALSE",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "zhengwu.bench.dir", matches = ".+")
class CorpusBench {

    @Autowired
    SiteDirectory directory;
    @Autowired
    ContentEditing editing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

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
