package org.zhengwu.platform.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Writes items of many concurrent requests in shared transactions (group commit). A commit of the embedded database
 * writes a store chunk and costs more than the rows of one letter; at hundreds of submissions a second, one commit
 * per item spends most of the machine on commits. Here one writer thread takes every item that arrived while the
 * previous group was being committed, writes them in one transaction, and only after its commit hands each waiting
 * caller its result: nobody is told "saved" before the commit. When a group fails, each of its items is written
 * again in a transaction of its own, so one bad item never takes the others down with it.
 *
 * <p>Each item is written with its caller's request, security and locale context, so that the audit log still says who
 * and from where. A caller already inside a transaction is not grouped: its item is written in that transaction and
 * shares its fate. After {@link #close()} items are written one by one in their callers' threads.
 */
public final class GroupCommit<T, R> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final BlockingQueue<Pending<T, R>> queue;
    private final TransactionTemplate transactions;
    private final Function<T, R> write;
    private final int maxGroup;
    private final Thread writer;
    private volatile boolean closed;

    /**
     * @param maxGroup the most items in one transaction
     * @param write    writes one item inside the current transaction and returns what its caller gets
     */
    public GroupCommit(String name, PlatformTransactionManager transactionManager, int maxGroup, Function<T, R> write) {
        this.queue = new ArrayBlockingQueue<>(maxGroup * 16);
        this.transactions = new TransactionTemplate(transactionManager);
        this.write = write;
        this.maxGroup = maxGroup;
        this.writer = new Thread(this::run, name);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Writes the item and returns its result once it is committed; throws what writing it threw. */
    public R submit(T item) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return write.apply(item);
        }
        if (closed) {
            return transactions.execute(status -> write.apply(item));
        }
        Pending<T, R> pending = new Pending<>(item, RequestContextHolder.getRequestAttributes(),
                SecurityContextHolder.getContext(), LocaleContextHolder.getLocaleContext());
        try {
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the item was handed to the writer", e);
        }
        return pending.await(() -> {
            // closed while this item was being queued, after the writer had left: write it here
            if (!writer.isAlive() && queue.remove(pending)) {
                pending.done(transactions.execute(status -> write.apply(item)));
            }
        });
    }

    /** How many items wait for the next group (for tests). */
    int queued() {
        return queue.size();
    }

    /** Writes what is queued, then stops the writer thread. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending<T, R>> group = new ArrayList<>(maxGroup);
        while (true) {
            Pending<T, R> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                if (closed && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            group.add(first);
            queue.drainTo(group, maxGroup - 1);
            try {
                commit(group);
            } catch (Throwable t) { // the writer must outlive anything an item does, or every caller would wait forever
                log.error("group commit failed", t);
                group.forEach(p -> p.fail(t));
            }
            group.clear();
        }
    }

    private void commit(List<Pending<T, R>> group) {
        List<R> results;
        try {
            results = transactions.execute(status -> {
                List<R> written = new ArrayList<>(group.size());
                for (Pending<T, R> p : group) {
                    written.add(p.writeWith(write));
                }
                return written;
            });
        } catch (RuntimeException | Error e) {
            if (group.size() == 1) {
                group.get(0).fail(e);
                return;
            }
            // one of them spoilt the group: each again on its own, so that only that one fails
            for (Pending<T, R> p : group) {
                try {
                    p.done(transactions.execute(status -> p.writeWith(write)));
                } catch (RuntimeException | Error alone) {
                    p.fail(alone);
                }
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).done(results.get(i));
        }
    }

    private static final class Pending<T, R> {
        private final T item;
        private final RequestAttributes request;
        private final SecurityContext security;
        private final LocaleContext locale;
        private final CompletableFuture<R> result = new CompletableFuture<>();

        Pending(T item, RequestAttributes request, SecurityContext security, LocaleContext locale) {
            this.item = item;
            this.request = request;
            this.security = security;
            this.locale = locale;
        }

        R writeWith(Function<T, R> write) {
            RequestContextHolder.setRequestAttributes(request);
            SecurityContextHolder.setContext(security);
            LocaleContextHolder.setLocaleContext(locale);
            try {
                return write.apply(item);
            } finally {
                RequestContextHolder.resetRequestAttributes();
                SecurityContextHolder.clearContext();
                LocaleContextHolder.resetLocaleContext();
            }
        }

        void done(R value) {
            result.complete(value);
        }

        void fail(Throwable t) {
            result.completeExceptionally(t);
        }

        R await(Runnable whileWaiting) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return result.get(1, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        interrupted = true; // the item is queued; its caller must learn whether it was saved
                    } catch (TimeoutException e) {
                        whileWaiting.run();
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
