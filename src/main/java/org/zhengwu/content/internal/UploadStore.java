package org.zhengwu.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.storage.Bucket;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.ObjectStorage;
import org.zhengwu.platform.storage.SafePaths;
import org.zhengwu.platform.storage.StorageSettings;

/**
 * Uploaded images and attachments under {@code {dataDir}/uploads/yyyy/MM/}, each under a random name with its
 * checked extension. A file is accepted only when its name, extension, size and first bytes all fit; otherwise it is
 * refused with the reason and nothing is written. Accepted bytes go to a temporary file that is renamed into place,
 * so a reader never sees half a file. With {@code zhengwu.storage=s3} an accepted file also goes to the published
 * bucket under {@code uploads/…} (where the CDN serves it, cached for a year: its name never changes) before it counts
 * as stored, and a file missing here is fetched back from there.
 */
@Component
public class UploadStore {

    public static final String PUBLIC_PREFIX = "/uploads/";

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("wps", "application/octet-stream"), Map.entry("ofd", "application/ofd"),
            Map.entry("txt", "text/plain;charset=UTF-8"), Map.entry("zip", "application/zip"));
    /** Characters some file systems cannot hold; harmless, so they become underscores. */
    private static final Pattern ODD = Pattern.compile("[<>:\"|?*]");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataDirectory data;
    private final Clock clock;
    private final Bucket bucket;

    UploadStore(DataDirectory data, Clock clock, ObjectStorage storage) {
        this.data = data;
        this.clock = clock;
        this.bucket = storage.publishedBucket().orElse(null);
    }

    public StoredUpload store(UploadKind kind, String originalName, long size, InputStreamSource content) {
        String name = cleanName(originalName);
        String extension = extension(name);
        if (!kind.allows(extension)) {
            throw new RuleViolation(kind == UploadKind.IMAGE ? "upload.image.type" : "upload.attachment.type",
                    extension.isEmpty() ? name : "." + extension, kind.extensionList());
        }
        if (size <= 0) {
            throw new RuleViolation("upload.empty", name);
        }
        if (size > kind.maxBytes()) {
            throw new RuleViolation("upload.too-large", name, kind.maxMegabytes());
        }
        try {
            try (InputStream in = content.getInputStream()) {
                if (!FileSignatures.matches(extension, in)) {
                    throw new RuleViolation("upload.content.mismatch", name, "." + extension);
                }
            }
            LocalDate today = LocalDate.now(clock);
            String folder = String.format("%04d/%02d", today.getYear(), today.getMonthValue());
            Path dir = data.uploads().resolve(folder);
            Files.createDirectories(dir);
            String stored = HexFormat.of().formatHex(randomBytes()) + "." + extension;
            Path target = dir.resolve(stored);
            Path tmp = Files.createTempFile(dir, ".upload-", ".tmp");
            try {
                long written;
                try (InputStream in = content.getInputStream()) {
                    written = Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (written > kind.maxBytes()) {
                    throw new RuleViolation("upload.too-large", name, kind.maxMegabytes());
                }
                move(tmp, target);
                String path = PUBLIC_PREFIX + folder + "/" + stored;
                copy(path, target, name, extension);
                return new StoredUpload(path, name, CONTENT_TYPES.get(extension), written);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存上传的文件", e);
        }
    }

    /** On S3: puts the stored file in the bucket; when the store fails, the file is not kept here either. */
    private void copy(String path, Path file, String name, String extension) throws IOException {
        if (bucket == null) {
            return;
        }
        try {
            bucket.put(path.substring(1), file, CONTENT_TYPES.get(extension), StorageSettings.cacheControl(path));
        } catch (UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(UploadStore.class).warn("upload not stored: {}", e.getMessage());
            Files.deleteIfExists(file);
            throw new RuleViolation("upload.unavailable", name);
        }
    }

    /** Removes a stored file again (when what it was uploaded for was refused). */
    public void delete(String publicPath) {
        resolve(publicPath).ifPresent(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bucket != null) {
                bucket.delete(publicPath.substring(1));
            }
        });
    }

    /** The stored file at a public {@code /uploads/...} path: only regular, visible files of an accepted type. */
    public Optional<Path> resolve(String publicPath) {
        if (publicPath == null || !publicPath.startsWith(PUBLIC_PREFIX)) {
            return Optional.empty();
        }
        String relative = publicPath.substring(PUBLIC_PREFIX.length());
        String fileName = relative.substring(relative.lastIndexOf('/') + 1);
        if (fileName.startsWith(".") || contentType(fileName).isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> path = SafePaths.below(data.uploads(), relative);
        if (bucket != null && path.isPresent() && !Files.exists(path.get(), LinkOption.NOFOLLOW_LINKS)) {
            bucket.download(publicPath.substring(1), path.get());
        }
        return path.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** The content type served for a stored file name; never HTML, script or anything executable. */
    public static Optional<String> contentType(String fileName) {
        return Optional.ofNullable(CONTENT_TYPES.get(extension(fileName)));
    }

    public static boolean isImage(String fileName) {
        return UploadKind.IMAGE.allows(extension(fileName));
    }

    /**
     * The uploader's file name without anything that could name another place: a name with a path, a parent
     * reference or control characters is refused, not repaired.
     */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.strip();
        if (name.isEmpty() || name.length() > 200 || name.contains("/") || name.contains("\\") || name.contains("..")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new RuleViolation("upload.name.invalid", name.length() > 60 ? name.substring(0, 60) + "…" : name);
        }
        return ODD.matcher(name).replaceAll("_");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
