package org.zhengwu.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.zhengwu.content.ImportedArticle;

/**
 * Collects valid articles and stores them in batches. A batch the database refuses is rolled back whole and tried
 * again one article at a time, so a single bad row is reported with its line number while every other row of the
 * batch is still stored, and nothing of the bad row is kept.
 */
final class BatchWriter {

    /** Told about each article the database refused. */
    interface Rejections {
        void rejected(long lineNumber, Exception cause);
    }

    private record Pending(long lineNumber, ImportedArticle article) {
    }

    private final ToIntFunction<List<ImportedArticle>> store;
    private final Predicate<RuntimeException> rowAtFault;
    private final Rejections rejections;
    private final int maxArticles;
    private final long maxChars;
    private final List<Pending> pending = new ArrayList<>();
    private long pendingChars;
    private long imported;
    private long skipped;

    /**
     * @param store stores a batch in one transaction and returns how many were new (the rest were present already)
     * @param rowAtFault whether a failure of a single row is that row's fault (it is then refused); any other failure
     *                   (the database is unreachable) is thrown and stops the import
     * @param maxArticles a batch is written when it holds this many articles
     * @param maxChars ... or this many characters of text, so a file of huge articles cannot fill the heap
     */
    BatchWriter(ToIntFunction<List<ImportedArticle>> store, Predicate<RuntimeException> rowAtFault, Rejections rejections,
                int maxArticles, long maxChars) {
        this.store = store;
        this.rowAtFault = rowAtFault;
        this.rejections = rejections;
        this.maxArticles = maxArticles;
        this.maxChars = maxChars;
    }

    void add(long lineNumber, ImportedArticle article) {
        pending.add(new Pending(lineNumber, article));
        pendingChars += article.bodyHtml().length() + article.title().length();
        if (pending.size() >= maxArticles || pendingChars >= maxChars) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<ImportedArticle> batch = pending.stream().map(Pending::article).toList();
        try {
            count(batch.size(), store.applyAsInt(batch));
        } catch (RuntimeException batchFailed) {
            if (!rowAtFault.test(batchFailed)) {
                throw batchFailed;
            }
            for (Pending p : pending) {
                try {
                    count(1, store.applyAsInt(List.of(p.article())));
                } catch (RuntimeException rowFailed) {
                    if (!rowAtFault.test(rowFailed)) {
                        throw rowFailed;
                    }
                    rejections.rejected(p.lineNumber(), rowFailed);
                }
            }
        }
        pending.clear();
        pendingChars = 0;
    }

    private void count(int offered, int stored) {
        imported += stored;
        skipped += offered - stored;
    }

    long imported() {
        return imported;
    }

    long skipped() {
        return skipped;
    }
}
