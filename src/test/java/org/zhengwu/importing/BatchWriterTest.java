package org.zhengwu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.zhengwu.content.ImportedArticle;

/** Batches against an in-memory store that, like a database, stores a batch whole or not at all. */
class BatchWriterTest {

    /** Refuses any batch holding an article titled "poison"; remembers what it stored. */
    static final class FakeStore {
        final Map<String, ImportedArticle> stored = new LinkedHashMap<>();
        int calls;
        boolean down;

        int store(List<ImportedArticle> batch) {
            calls++;
            if (down) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            if (batch.stream().anyMatch(a -> a.title().equals("poison"))) {
                throw new DataIntegrityViolationException("value too long for column source");
            }
            int fresh = 0;
            for (ImportedArticle a : batch) {
                if (stored.putIfAbsent(a.sourceRef(), a) == null) {
                    fresh++;
                }
            }
            return fresh;
        }
    }

    private final FakeStore store = new FakeStore();
    private final List<String> rejected = new ArrayList<>();
    private final BatchWriter writer = new BatchWriter(store::store, CorpusImport::isRowAtFault,
            (line, cause) -> rejected.add(line + ":" + cause.getMessage()), 10, 1_000_000);

    private static ImportedArticle article(int n, String title) {
        return new ImportedArticle("ref-" + n, 1, 2, title, null, OffsetDateTime.parse("2026-01-05T09:00:00+08:00"), "<p>正文</p>");
    }

    @Test
    void aBatchWithOneBadRowStoresAllTheOthersAndReportsTheBadRowsLine() {
        for (int n = 1; n <= 25; n++) {
            writer.add(n + 1, article(n, n == 7 ? "poison" : "标题" + n));
        }
        writer.flush();

        assertThat(rejected).containsExactly("8:value too long for column source");
        assertThat(store.stored).hasSize(24).doesNotContainKey("ref-7");
        assertThat(writer.imported()).isEqualTo(24);
        assertThat(writer.skipped()).isZero();
        // the failed batch was tried again row by row; the two clean batches went in at once
        assertThat(store.calls).isEqualTo(2 + 1 + 10);
    }

    @Test
    void articlesStoredBeforeAreCountedAsSkipped() {
        store.stored.put("ref-3", article(3, "旧"));
        for (int n = 1; n <= 5; n++) {
            writer.add(n + 1, article(n, "标题" + n));
        }
        writer.flush();
        assertThat(writer.imported()).isEqualTo(4);
        assertThat(writer.skipped()).isEqualTo(1);
        assertThat(store.stored.get("ref-3").title()).isEqualTo("旧");
    }

    @Test
    void aDatabaseThatIsDownStopsTheImportInsteadOfRefusingEveryLine() {
        store.down = true;
        for (int n = 1; n <= 9; n++) {
            writer.add(n + 1, article(n, "标题" + n));
        }
        assertThatThrownBy(writer::flush).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(rejected).isEmpty();
        assertThat(store.calls).isEqualTo(1);
    }
}
