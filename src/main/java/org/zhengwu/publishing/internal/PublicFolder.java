package org.zhengwu.publishing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.storage.AtomicFiles;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.ObjectStorage;
import org.zhengwu.platform.storage.SafePaths;

/**
 * The published files under the data directory's {@code public} folder, addressed by their path below it
 * ("/www/news/12.html", "/zh-hant/www/news/12.html"). Every write is atomic (a reader sees the old or the new page,
 * never half of one) and drops the served copy from the in-memory cache. Text files get their compressed copies
 * ({@link Precompression}) written after them and deleted with them, so a copy is never older than its page.
 * With {@code zhengwu.storage=s3} the folder is the renderer's working copy and {@link BucketSync} sends each
 * publish step's changes to the bucket; locally nothing else happens.
 */
@Component
public class PublicFolder implements DisposableBean {

    private final Path root;
    private final PageCache cache;
    private final Precompression compression;
    private final BucketSync bucket;

    PublicFolder(DataDirectory data, PublishingProperties properties, Precompression compression) {
        this(data, properties, compression, null);
    }

    @Autowired
    PublicFolder(DataDirectory data, PublishingProperties properties, Precompression compression,
                 ObjectStorage storage) {
        this.root = data.publicPages();
        this.cache = new PageCache(properties.pageCacheBytes(), properties.pageCacheRecheck().toNanos());
        this.compression = compression;
        this.bucket = storage == null || !storage.s3() ? null : new BucketSync(storage.published(), root,
                storage.settings().cdnPurgeUrl() == null ? null : new CdnPurge(storage.settings().cdnPurgeUrl(), 1000),
                properties.threads() * 4);
    }

    /**
     * Runs a publish step: on S3, what it writes and deletes goes to the bucket when it ends, in an order that never
     * shows a link to a missing object; a step inside a step is part of it.
     */
    public <T> T step(Supplier<T> work) {
        return bucket == null ? work.get() : bucket.step(work);
    }

    public Path root() {
        return root;
    }

    PageCache cache() {
        return cache;
    }

    /** The path of a file's compressed copy in this coding. */
    static String copy(String path, Precompression.Coding coding) {
        return path + coding.suffix;
    }

    /** The page a compressed copy belongs to; the path itself when it is not a copy. */
    static String original(String path) {
        for (Precompression.Coding c : Precompression.Coding.values()) {
            if (path.endsWith(c.suffix)) {
                return path.substring(0, path.length() - c.suffix.length());
            }
        }
        return path;
    }

    /** The file at a path below the folder; refuses paths that would leave it. */
    public Path resolve(String path) {
        return SafePaths.below(root, path).orElseThrow(() -> new IllegalArgumentException("not a public path: " + path));
    }

    /**
     * Writes the page, unless the file already holds exactly these bytes: a page rendered again unchanged keeps its
     * modification time, so its ETag and Last-Modified stay valid for browsers and caches in front. Its compressed
     * copies follow: rewritten with a changed page, made when missing (a tree published before copies existed),
     * deleted when the page no longer gets one.
     */
    public void write(String path, byte[] bytes) {
        try {
            Path file = resolve(path);
            boolean same = sameBytes(file, bytes);
            if (!same) {
                AtomicFiles.write(file, bytes);
            }
            if (compression.wanted(path)) {
                for (Precompression.Coding coding : Precompression.Coding.values()) {
                    writeCopy(file, coding, bytes, same);
                    cache.invalidate(copy(path, coding));
                }
            }
            if (bucket != null) {
                bucket.written(path, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入页面 " + path, e);
        } finally {
            cache.invalidate(path);
        }
    }

    private void writeCopy(Path file, Precompression.Coding coding, byte[] bytes, boolean samePage) throws IOException {
        Path target = file.resolveSibling(file.getFileName() + coding.suffix);
        if (samePage && current(target, file)) {
            return;
        }
        byte[] compressed = compression.compress(coding, bytes);
        if (compressed != null) {
            AtomicFiles.write(target, compressed);
        } else {
            Files.deleteIfExists(target);
        }
    }

    /**
     * Whether the copy was written after its page, so holds it. An older one is left from a version that rewrote
     * pages without copies (nginx's gzip_static would still send it), and is made again.
     */
    private static boolean current(Path copy, Path page) throws IOException {
        try {
            return Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(page)) >= 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        try {
            return Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Deletes the file, and its compressed copies, if it is there; returns whether it was. */
    public boolean delete(String path) {
        try {
            for (Precompression.Coding coding : Precompression.Coding.values()) {
                Files.deleteIfExists(resolve(copy(path, coding)));
                cache.invalidate(copy(path, coding));
            }
            boolean was = Files.deleteIfExists(resolve(path));
            if (bucket != null) {
                bucket.deleted(path);
            }
            return was;
        } catch (IOException e) {
            throw new UncheckedIOException("无法删除页面 " + path, e);
        } finally {
            cache.invalidate(path);
        }
    }

    /** Whether the file is published (on S3: also in the bucket). */
    public boolean exists(String path) {
        return Files.isRegularFile(resolve(path)) && (bucket == null || bucket.holds(path));
    }

    /** A sweep deleted the file ("/www/news/12.html" or one of its copies) behind the writer's back. */
    void swept(String path) {
        cache.invalidate(path);
        if (bucket != null && original(path).equals(path)) {
            bucket.deleted(path);
        }
    }

    @Override
    public void destroy() {
        if (bucket != null) {
            bucket.close();
        }
    }

    /** The file's text, or null when there is no such file. */
    public String readText(String path) {
        try {
            return Files.readString(resolve(path));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every served copy (after files were changed behind the renderer's back). */
    public void forgetCachedCopies() {
        cache.clear();
    }
}
