package org.zhengwu.search.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.cli.Command;

/**
 * {@code java -jar zhengwu.jar reindex}: indexes every published item again, printing a progress line every thousand
 * items and one summary line at the end ({@code reindex: N items in S.S s}).
 */
@Component
class ReindexCommand implements Command {

    private final SearchIndexing indexing;
    private PrintStream out = System.out;

    ReindexCommand(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    /** Where the lines go (tests capture them). */
    void output(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex                重建全站搜索索引";
    }

    @Override
    public int run(List<String> args) {
        long start = System.nanoTime();
        try {
            long n = indexing.reindexAll(count -> {
                if (count % 1000 == 0) {
                    out.printf(Locale.ROOT, "progress: %d items, %.1f s%n", count, (System.nanoTime() - start) / 1e9);
                }
            });
            if (n < 0) {
                out.println("reindex refused: a rebuild of the index is already running");
                return 1;
            }
            out.printf(Locale.ROOT, "reindex: %d items in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (RuntimeException e) {
            out.println("reindex failed: " + e);
            return 1;
        }
    }
}
