package org.zhengwu.checks.internal;

import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The automaton over the current word lists, built once and reused by every check. A change made here marks it
 * stale when its transaction commits; a change made by another server of a cluster is seen within
 * {@link #RECHECK_NANOS} (a cheap count and largest id). While one thread rebuilds, the others keep matching with
 * the previous automaton.
 */
@Component
public class WordIndex {

    static final long RECHECK_NANOS = 2_000_000_000L;

    private record Snapshot(WordStore.Version version, WordMatcher matcher) {
    }

    private final WordStore store;
    private final ReentrantLock building = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile long verifiedAt;
    private volatile boolean stale = true;

    WordIndex(WordStore store) {
        this.store = store;
    }

    public WordMatcher matcher() {
        Snapshot s = snapshot;
        if (s != null && !stale && System.nanoTime() - verifiedAt < RECHECK_NANOS) {
            return s.matcher();
        }
        if (s != null && !building.tryLock()) {
            return s.matcher();
        }
        if (s == null) {
            building.lock();
        }
        try {
            s = snapshot;
            if (s != null && !stale && System.nanoTime() - verifiedAt < RECHECK_NANOS) {
                return s.matcher();
            }
            stale = false;
            WordStore.Version version;
            try {
                version = store.version();
            } catch (DataAccessException e) {
                if (s == null) {
                    throw e;
                }
                verifiedAt = System.nanoTime(); // ask again after the usual pause, not on every check
                return s.matcher(); // the database is away for a moment: check with the lists as last read
            }
            if (s == null || !s.version().equals(version)) {
                TreeMap<String, WordMatcher.Entry> words = new TreeMap<>();
                store.forEach(w -> words.putIfAbsent(w.folded(),
                        new WordMatcher.Entry(w.kind(), w.word(), w.replacement())));
                s = new Snapshot(version, WordMatcher.of(words));
                snapshot = s;
            }
            verifiedAt = System.nanoTime();
            return s.matcher();
        } finally {
            building.unlock();
        }
    }

    /** A list changed in the current transaction: rebuild once it has committed (at once without a transaction). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    stale = true;
                }
            });
        } else {
            stale = true;
        }
    }
}
