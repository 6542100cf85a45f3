package org.zhengwu.publishing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of recently served published files, keyed by their path below the public folder ("/www/index.html").
 * Bounded in total size; an entry is dropped when the renderer writes or deletes its file, and re-checked against
 * the file's time stamp every couple of seconds so that a rebuild run by another process is picked up too.
 */
final class PageCache {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** One cached file with its response headers worked out in advance. */
    static final class Entry {
        final byte[] body;
        final long modified;
        final long size;
        final String etag;
        final String lastModified;
        final String contentType;
        volatile long checkedAt;

        Entry(byte[] body, long modified, long size, String contentType, String coding, long now) {
            this.body = body;
            this.modified = modified;
            this.size = size;
            // a compressed copy's tag names its coding, so no two representations of a page can share one
            this.etag = "\"" + Long.toHexString(modified) + "-" + Long.toHexString(size) + coding + "\"";
            this.lastModified = HTTP_DATE.format(java.time.Instant.ofEpochMilli(modified));
            this.contentType = contentType;
            this.checkedAt = now;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>(4096);
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;
    private final long maxEntryBytes;
    private final long recheckNanos;

    PageCache(long maxBytes, long recheckNanos) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = Math.max(0, Math.min(1024 * 1024, maxBytes / 16));
        this.recheckNanos = recheckNanos;
    }

    /**
     * The file below {@code root} at {@code key}, from memory when it is there and still current; null when there is
     * no such regular file.
     */
    Entry get(Path root, String key) throws IOException {
        Entry e = entries.get(key);
        long now = System.nanoTime();
        if (e != null) {
            if (now - e.checkedAt < recheckNanos) {
                return e;
            }
            Path file = root.resolve(key.substring(1));
            BasicFileAttributes a = attributes(file);
            if (a != null && a.isRegularFile() && a.lastModifiedTime().toMillis() == e.modified && a.size() == e.size) {
                e.checkedAt = now;
                return e;
            }
            remove(key);
        }
        return load(root, key, now);
    }

    private Entry load(Path root, String key, long now) throws IOException {
        Path file = root.resolve(key.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        BasicFileAttributes a = attributes(file);
        if (a == null || !a.isRegularFile()) {
            return null;
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            return null;
        }
        Entry e = new Entry(body, a.lastModifiedTime().toMillis(), body.length, contentType(key), coding(key), now);
        if (body.length <= maxEntryBytes) {
            Entry old = entries.put(key, e);
            bytes.addAndGet(body.length - (old == null ? 0 : old.body.length));
            if (bytes.get() > maxBytes) {
                shrink();
            }
        }
        return e;
    }

    void invalidate(String key) {
        remove(key);
    }

    void clear() {
        entries.clear();
        bytes.set(0);
    }

    int size() {
        return entries.size();
    }

    private void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes.addAndGet(-old.body.length);
        }
    }

    /** Drops entries in the map's own (hash, effectively random) order until a tenth of the room is free again. */
    private void shrink() {
        long target = maxBytes - maxBytes / 10;
        Iterator<String> keys = entries.keySet().iterator();
        while (bytes.get() > target && keys.hasNext()) {
            remove(keys.next());
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** "-br" or "-gzip" for a compressed copy, "" for any other file. */
    private static String coding(String key) {
        for (Precompression.Coding c : Precompression.Coding.values()) {
            if (key.endsWith(c.suffix)) {
                return "-" + c.token;
            }
        }
        return "";
    }

    static String contentType(String path) {
        if (path.endsWith(".html")) {
            return "text/html;charset=UTF-8";
        }
        if (path.endsWith("/feed.xml")) {
            return "application/rss+xml;charset=UTF-8";
        }
        if (path.endsWith(".xml")) {
            return "application/xml;charset=UTF-8";
        }
        if (path.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (path.endsWith(".txt")) {
            return "text/plain;charset=UTF-8";
        }
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".jpg") || path.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (path.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (path.endsWith(".ico")) {
            return "image/x-icon";
        }
        return "application/octet-stream";
    }
}
