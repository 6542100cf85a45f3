package org.zhengwu.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.publishing.internal.GroupRenderer;
import org.zhengwu.publishing.internal.PageCounter;

/**
 * Renders every page of the site group again, in both scripts, and removes pages that are no longer published.
 * One rebuild at a time, in this process and across processes sharing the data directory (the console and the
 * {@code rebuild} command); the sites stay online meanwhile, every file being replaced atomically.
 */
@Service
public class SiteRebuild {

    private static final Logger log = LoggerFactory.getLogger(SiteRebuild.class);

    private final GroupRenderer renderer;
    private final DataDirectory data;
    private final Clock clock;
    private final AuditTrail audit;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile PageCounter counter;
    private volatile long estimate;
    private volatile long startedAt;
    private volatile RebuildSummary last;
    private volatile String lastError;

    SiteRebuild(GroupRenderer renderer, DataDirectory data, Clock clock, AuditTrail audit) {
        this.renderer = renderer;
        this.data = data;
        this.clock = clock;
        this.audit = audit;
    }

    public RebuildProgress progress() {
        PageCounter c = counter;
        boolean on = running.get() && c != null;
        return new RebuildProgress(on, on ? c.total() : 0, on ? estimate : 0, on ? c.currentSite() : null,
                on ? Duration.ofNanos(System.nanoTime() - startedAt) : Duration.ZERO, last, lastError);
    }

    /** Starts a rebuild in the background; refused with a reason when one is running already. */
    public void start() {
        Run run = begin();
        Thread t = new Thread(() -> {
            try {
                run.execute();
            } catch (RuntimeException e) {
                log.error("全站重新生成失败", e);
            }
        }, "zhengwu-rebuild");
        t.setDaemon(true);
        t.start();
    }

    /** Rebuilds now, in the calling thread; refused with a reason when one is running already. */
    public RebuildSummary run() {
        return run(false);
    }

    /**
     * Rebuilds now; {@code simplifiedOnly} writes the simplified tree alone and leaves the zh-Hant tree as it was (a
     * measurement: the rebuild's cost without the mirror, bench/rebuild.sh).
     */
    public RebuildSummary run(boolean simplifiedOnly) {
        return begin(simplifiedOnly).execute();
    }

    private Run begin() {
        return begin(false);
    }

    private Run begin(boolean simplifiedOnly) {
        if (!running.compareAndSet(false, true)) {
            throw new RuleViolation("publishing.rebuild.running");
        }
        try {
            FileChannel channel = FileChannel.open(data.root().resolve("rebuild.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                // another process is rebuilding; requests this process held back for a rebuild of its own are due now
                channel.close();
                renderer.abandon();
                throw new RuleViolation("publishing.rebuild.running");
            }
            recordStart(channel, simplifiedOnly);
            counter = new PageCounter(simplifiedOnly);
            estimate = 0;
            startedAt = System.nanoTime();
            return new Run(channel);
        } catch (IOException e) {
            running.set(false);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    /** Only a rebuild that really starts is recorded; without its record it does not start (and lets go of the lock). */
    private void recordStart(FileChannel channel, boolean simplifiedOnly) throws IOException {
        try {
            audit.record(AuditEvent.of("publishing.rebuild", "site_group", null, null,
                    simplifiedOnly ? "开始全站重新生成（仅简体）" : "开始全站重新生成（简体和繁體）"));
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private final class Run {
        private final FileChannel lock;

        Run(FileChannel lock) {
            this.lock = lock;
        }

        RebuildSummary execute() {
            PageCounter c = counter;
            try {
                GroupRenderer.Plan plan = renderer.plan();
                estimate = plan.estimatedPages();
                renderer.render(plan, c);
                RebuildSummary summary = new RebuildSummary(c.hans(), c.hant(),
                        Duration.ofNanos(System.nanoTime() - startedAt), OffsetDateTime.now(clock), c.hansSeconds(), c.hantSeconds());
                last = summary;
                lastError = null;
                log.info("全站重新生成完成：简体 {} 页，繁體 {} 页，用时 {} 秒", summary.hansPages(), summary.hantPages(),
                        String.format(java.util.Locale.ROOT, "%.1f", summary.seconds()));
                return summary;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lastError = "interrupted";
                throw new IllegalStateException("rebuild interrupted", e);
            } catch (RuntimeException e) {
                lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw e;
            } finally {
                try {
                    lock.close();
                } catch (IOException ignored) {
                    // closing releases the lock; nothing else to do
                }
                running.set(false);
            }
        }
    }
}
