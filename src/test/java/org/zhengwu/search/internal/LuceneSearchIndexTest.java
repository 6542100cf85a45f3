package org.zhengwu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.search.SearchDocument;
import org.zhengwu.search.SearchHit;
import org.zhengwu.search.SearchQuery;

class LuceneSearchIndexTest {

    @TempDir
    Path dir;

    private static SearchDocument doc(long id, String title) {
        return new SearchDocument(id, "s", "站", "栏目", "n", title, "/s/n/" + id + ".html", LocalDate.of(2026, 11, 20), "NEWS",
                title, title, null);
    }

    private static SearchQuery words(String... words) {
        return new SearchQuery(List.of(words), List.of(), null, 0, 10);
    }

    @Test
    void aSecondProcessReadsTheIndexButLeavesChangesToTheFirst() throws Exception {
        LuceneSearchIndex server = new LuceneSearchIndex(dir);
        server.index(doc(1, "政务公开工作要点"));
        LuceneSearchIndex command = new LuceneSearchIndex(dir);
        try {
            assertThat(command.search(words("政务")).total()).isEqualTo(1);
            assertThatThrownBy(() -> command.index(doc(2, "政务服务"))).isInstanceOf(IllegalStateException.class);
        } finally {
            command.destroy();
            server.destroy();
        }
    }

    @Test
    void anUnreadableIndexIsStartedAgainAndAskedToBeRebuilt() throws Exception {
        Files.writeString(dir.resolve("segments_1"), "not an index");
        LuceneSearchIndex index = new LuceneSearchIndex(dir);
        try {
            assertThat(index.needsRebuild()).isTrue();
            try (var rebuild = index.reindexAll()) {
                rebuild.add(doc(3, "营商环境"));
                assertThat(index.search(words("营商")).total()).as("invisible until committed").isZero();
                rebuild.commit();
            }
            assertThat(index.search(words("营商")).total()).isEqualTo(1);
        } finally {
            index.destroy();
        }
        LuceneSearchIndex reopened = new LuceneSearchIndex(dir);
        assertThat(reopened.needsRebuild()).isFalse();
        reopened.destroy();
    }

    @Test
    void anIndexOfAnOlderSchemaIsAskedToBeRebuilt() throws Exception {
        try (var old = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(dir),
                new org.apache.lucene.index.IndexWriterConfig())) {
            old.commit();
        }
        LuceneSearchIndex index = new LuceneSearchIndex(dir);
        assertThat(index.needsRebuild()).isTrue();
        try (var rebuild = index.reindexAll()) {
            rebuild.add(doc(4, "政务公开"));
            rebuild.commit();
        }
        index.index(doc(5, "政务服务"));
        index.destroy();
        LuceneSearchIndex reopened = new LuceneSearchIndex(dir);
        assertThat(reopened.needsRebuild()).isFalse();
        assertThat(reopened.search(words("政务")).total()).isEqualTo(2);
        reopened.destroy();
    }

    @Test
    void aSnippetNeverRunsFromTheBodyIntoTheTitle() throws Exception {
        LuceneSearchIndex index = new LuceneSearchIndex(dir);
        try {
            index.index(new SearchDocument(6, "s", "站", "栏目", "n", "经济工作会议", "/s/n/6.html", LocalDate.of(2026, 11, 20),
                    "NEWS", "经济工作会议", "今年经济运行平稳", null));
            var hit = index.search(words("经济")).hits().get(0);
            assertThat(hit.snippet()).isEqualTo("今年" + SearchHit.MARK_START + "经济" + SearchHit.MARK_END + "运行平稳");
            assertThat(hit).extracting(SearchHit::id, SearchHit::siteCode, SearchHit::siteName, SearchHit::column,
                    SearchHit::title, SearchHit::url, SearchHit::date, SearchHit::kind)
                    .containsExactly(6L, "s", "站", "栏目", "经济工作会议", "/s/n/6.html", LocalDate.of(2026, 11, 20), "NEWS");
        } finally {
            index.destroy();
        }
    }

    @Test
    void everyDocumentOfAPageHasItsOwnMarksAndAPhraseIsMarkedWhole() throws Exception {
        LuceneSearchIndex index = new LuceneSearchIndex(dir);
        try {
            index.index(doc(11, "甲", "今年经济运行平稳。"));
            index.index(doc(12, "乙", "发展经济。"));
            index.index(doc(13, "经济工作", "无关内容。"));
            var snippets = new java.util.HashMap<Long, String>();
            index.search(words("经济")).hits().forEach(h -> snippets.put(h.id(), h.snippet()));
            assertThat(snippets).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                    11L, "今年" + marked("经济") + "运行平稳。", 12L, "发展" + marked("经济") + "。", 13L, marked("经济") + "工作"));

            var phrase = index.search(new SearchQuery(List.of(), List.of("经济运行"), null, 0, 10));
            assertThat(phrase.hits()).extracting(SearchHit::snippet).containsExactly("今年" + marked("经济运行") + "平稳。");
        } finally {
            index.destroy();
        }
    }

    private static SearchDocument doc(long id, String title, String body) {
        return new SearchDocument(id, "s", "站", "栏目", "n", title, "/s/n/" + id + ".html", LocalDate.of(2026, 11, 20),
                "NEWS", title, body, null);
    }

    private static String marked(String word) {
        return SearchHit.MARK_START + word + SearchHit.MARK_END;
    }
}
