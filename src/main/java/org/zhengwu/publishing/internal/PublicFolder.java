package org.zhengwu.publishing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.storage.AtomicFiles;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.SafePaths;

/**
 * The published files under the data directory's {@code public} folder, addressed by their path below it
 * ("/www/news/12.html", "/zh-hant/www/news/12.html"). Every write is atomic (a reader sees the old or the new page,
 * never half of one) and drops the served copy from the in-memory cache.
 */
@Component
public class PublicFolder {

    private final Path root;
    private final PageCache cache;

    PublicFolder(DataDirectory data, PublishingProperties properties) {
        this.root = data.publicPages();
        this.cache = new PageCache(properties.pageCacheBytes(), properties.pageCacheRecheck().toNanos());
    }

    public Path root() {
        return root;
    }

    PageCache cache() {
        return cache;
    }

    /** The file at a path below the folder; refuses paths that would leave it. */
    public Path resolve(String path) {
        return SafePaths.below(root, path).orElseThrow(() -> new IllegalArgumentException("not a public path: " + path));
    }

    /**
     * Writes the page, unless the file already holds exactly these bytes: a page rendered again unchanged keeps its
     * modification time, so its ETag and Last-Modified stay valid for browsers and caches in front.
     */
    public void write(String path, byte[] bytes) {
        try {
            Path file = resolve(path);
            if (sameBytes(file, bytes)) {
                return;
            }
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入页面 " + path, e);
        } finally {
            cache.invalidate(path);
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        try {
            return Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Deletes the file if it is there; returns whether it was. */
    public boolean delete(String path) {
        try {
            return Files.deleteIfExists(resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("无法删除页面 " + path, e);
        } finally {
            cache.invalidate(path);
        }
    }

    public boolean exists(String path) {
        return Files.isRegularFile(resolve(path));
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
