package org.zhengwu.publishing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.zhengwu.platform.storage.Bucket;
import org.zhengwu.platform.storage.StorageSettings;

/**
 * With {@code zhengwu.storage=s3}: keeps the bucket in step with the public folder, one publish step at a time (a
 * site's render under its lock, a section's render, a file written outside of both). The folder stays the renderer's
 * working copy; the bucket is what the CDN serves. At the end of a step its changed files go up in an order that
 * never shows a reader a link to a missing object: first the item and other pages, then the pages that link them
 * (list pages, home pages, feeds, sitemaps), then the deletions. A page whose bytes the bucket already holds (its MD5
 * is the object's tag) is not sent again. When an upload fails the step fails, and every path it had not finished is
 * kept and sent first by the next step, read from the folder as it is then (ADR 0023).
 */
final class BucketSync implements AutoCloseable {

    private final Bucket bucket;
    private final Path root;
    private final CdnPurge purge;
    private final ExecutorService uploads;
    private final ThreadLocal<Step> current = new ThreadLocal<>();
    /** What the bucket holds, by key: the MD5 of each object's bytes. Read from the bucket on first use. */
    private volatile Map<String, String> known;
    /** Paths a failed step left: sent (or deleted, when the folder no longer has them) by the next step. */
    private final Set<String> unsent = ConcurrentHashMap.newKeySet();

    BucketSync(Bucket bucket, Path root, CdnPurge purge, int threads) {
        this.bucket = bucket;
        this.root = root;
        this.purge = purge;
        this.uploads = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bucket-upload");
            t.setDaemon(true);
            return t;
        });
    }

    /** What a step changed, in the order it was written. */
    private static final class Step {
        final Set<String> changed = new LinkedHashSet<>();
        final Set<String> deleted = new LinkedHashSet<>();
    }

    /** Runs the work as one step (or as part of the step already running on this thread) and sends what it changed. */
    <T> T step(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Step step = new Step();
        current.set(step);
        try {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                // what it wrote before it failed is in the folder: the next step sends it
                unsent.addAll(step.changed);
                unsent.addAll(step.deleted);
                throw e;
            }
            send(step);
            return result;
        } finally {
            current.remove();
        }
    }

    /** A file was written to the folder (its compressed copies are not sent: the CDN compresses). */
    void written(String path, byte[] bytes) {
        if (md5(bytes).equals(known().get(key(path))) && !unsent.contains(path)) {
            return;
        }
        Step step = current.get();
        if (step == null) {
            step(() -> {
                written(path, bytes);
                return null;
            });
            return;
        }
        step.deleted.remove(path);
        step.changed.add(path);
    }

    /** A file was deleted from the folder. */
    void deleted(String path) {
        if (!known().containsKey(key(path)) && !unsent.contains(path)) {
            return;
        }
        Step step = current.get();
        if (step == null) {
            step(() -> {
                deleted(path);
                return null;
            });
            return;
        }
        step.changed.remove(path);
        step.deleted.add(path);
    }

    /** Whether the bucket holds the file (as far as this node wrote or found it). */
    boolean holds(String path) {
        return known().containsKey(key(path)) && !unsent.contains(path);
    }

    private void send(Step step) {
        List<String> first = new ArrayList<>();
        List<String> linking = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String path : unsent) {
            (Files.isRegularFile(file(path)) ? (linksOthers(path) ? linking : first) : gone).add(path);
        }
        for (String path : step.changed) {
            (linksOthers(path) ? linking : first).add(path);
        }
        gone.addAll(step.deleted);
        List<String> left = new ArrayList<>(first.size() + linking.size() + gone.size());
        left.addAll(first);
        left.addAll(linking);
        left.addAll(gone);
        unsent.removeAll(left);
        try {
            run(first, this::upload, left);
            run(linking, this::upload, left);
            run(gone, this::remove, left);
        } catch (RuntimeException e) {
            unsent.addAll(left);
            throw e;
        }
        if (purge != null) {
            List<String> paths = new ArrayList<>(first);
            paths.addAll(linking);
            paths.addAll(gone);
            purge.purge(paths);
        }
    }

    /** Does one group in parallel; each path done leaves {@code left}; the first failure is thrown after all ended. */
    private void run(List<String> group, java.util.function.Consumer<String> action, List<String> left) {
        List<Future<?>> running = new ArrayList<>(group.size());
        for (String path : group) {
            running.add(uploads.submit(() -> action.accept(path)));
        }
        RuntimeException failure = null;
        for (int i = 0; i < running.size(); i++) {
            try {
                running.get(i).get();
                synchronized (left) {
                    left.remove(group.get(i));
                }
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending pages to the bucket", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void upload(String path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(path));
        } catch (NoSuchFileException e) {
            remove(path); // deleted again since it was written
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bucket.put(key(path), bytes, PageCache.contentType(path), StorageSettings.cacheControl(path));
        known().put(key(path), md5(bytes));
    }

    private void remove(String path) {
        bucket.delete(key(path));
        known().remove(key(path));
    }

    private Map<String, String> known() {
        Map<String, String> k = known;
        if (k == null) {
            synchronized (this) {
                if (known == null) {
                    Map<String, String> found = new ConcurrentHashMap<>();
                    bucket.list("").forEach((key, info) -> {
                        if (!key.startsWith("uploads/")) {
                            found.put(key, info.etag());
                        }
                    });
                    known = found;
                }
                k = known;
            }
        }
        return k;
    }

    /** Pages that link to others a step may have just written: sent after them. */
    static boolean linksOthers(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("index.html") || name.startsWith("index_") || name.equals("feed.xml")
                || name.equals("sitemap.xml") || name.equals("robots.txt");
    }

    static String key(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private Path file(String path) {
        return root.resolve(key(path));
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        uploads.shutdownNow();
        if (purge != null) {
            purge.close();
        }
    }
}
