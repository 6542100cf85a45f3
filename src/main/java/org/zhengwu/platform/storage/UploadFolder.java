package org.zhengwu.platform.storage;

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
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.InputStreamSource;

/**
 * Files citizens upload (letters' attachments, applications' materials) in a folder of the data directory that the
 * public site does not serve, under {@code yyyy/MM/} and a random name with the extension of the type its bytes show.
 * A file is kept only when its name, size and bytes all fit; the bytes go to a temporary file first, so nothing
 * half-written is ever under a stored name. Each module names its own folder. With {@code zhengwu.storage=s3} a kept
 * file also goes to the (private) files bucket under the folder's name before it counts as kept, and a file missing
 * from the folder (another node took it, or a new disk) is fetched back from there.
 */
public final class UploadFolder {

    public static final int MAX_NAME = 200;

    /** Why a file was not kept. */
    public enum Refusal {
        /** empty, too long, or with a path or control characters in it */
        NAME,
        /** its name's extension is not one of the allowed types */
        TYPE,
        TOO_LARGE,
        EMPTY,
        /** its bytes are not what its name claims */
        MISMATCH,
        /** it could not be stored (the S3 store did not take it); trying again later may work */
        UNAVAILABLE
    }

    /** A stored file: the citizen's file name, where it is, the type found in its bytes and its size. */
    public record Stored(String fileName, String storedName, FileType type, long size) {
    }

    /** Either the stored file or why not, with the name as given (stripped). */
    public record Outcome(Stored stored, Refusal refusal, String name, FileType claimed) {
        public boolean kept() {
            return stored != null;
        }
    }

    private static final Pattern STORED_NAME = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f]{32}\\.[a-z]{3,4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Clock clock;
    private final Bucket bucket;
    private final String prefix;

    public UploadFolder(Path root, Clock clock) {
        this(root, clock, null, "");
    }

    /** The folder {@code name} of the data directory, copied to the files bucket when on S3. */
    public UploadFolder(DataDirectory data, String name, Clock clock, ObjectStorage storage) {
        this(data.resolve(name), clock, storage.filesBucket().orElse(null), name + "/");
    }

    private UploadFolder(Path root, Clock clock, Bucket bucket, String prefix) {
        this.root = root;
        this.clock = clock;
        this.bucket = bucket;
        this.prefix = prefix;
    }


    /** Whether a part of a form holds no file at all (an empty file input). */
    public static boolean blank(String fileName, long size) {
        return size == 0 && (fileName == null || fileName.isBlank());
    }

    /** Checks and stores one file of one of the {@code allowed} types and at most {@code maxBytes}. */
    public Outcome store(String fileName, InputStreamSource content, long announcedSize, Set<FileType> allowed,
                         long maxBytes) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.contains("/") || name.contains("\\")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return new Outcome(null, Refusal.NAME, name.length() > 60 ? name.substring(0, 60) + "…" : name, null);
        }
        Optional<FileType> claimed = FileType.byName(name).filter(allowed::contains);
        if (claimed.isEmpty()) {
            return new Outcome(null, Refusal.TYPE, name, null);
        }
        if (announcedSize > maxBytes) {
            return new Outcome(null, Refusal.TOO_LARGE, name, claimed.get());
        }
        try {
            LocalDate today = LocalDate.now(clock);
            String folder = String.format("%04d/%02d", today.getYear(), today.getMonthValue());
            Path dir = Files.createDirectories(root.resolve(folder));
            Path tmp = Files.createTempFile(dir, ".upload-", ".tmp");
            try {
                long size;
                try (InputStream in = content.getInputStream()) {
                    // at most one byte more than allowed: enough to know a file is too large, without reading it all
                    size = Files.copy(new LimitedInputStream(in, maxBytes + 1), tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                Refusal refusal = size == 0 ? Refusal.EMPTY : size > maxBytes ? Refusal.TOO_LARGE
                        : FileType.sniff(tmp).filter(t -> t == claimed.get()).isEmpty() ? Refusal.MISMATCH : null;
                if (refusal != null) {
                    return new Outcome(null, refusal, name, claimed.get());
                }
                byte[] random = new byte[16];
                RANDOM.nextBytes(random);
                String stored = folder + "/" + HexFormat.of().formatHex(random) + "." + claimed.get().extension();
                Path target = root.resolve(stored);
                move(tmp, target);
                if (bucket != null && !copied(stored, target, claimed.get())) {
                    return new Outcome(null, Refusal.UNAVAILABLE, name, claimed.get());
                }
                return new Outcome(new Stored(name, stored, claimed.get(), size), null, name, claimed.get());
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存上传的文件", e);
        }
    }

    /** Puts the kept file in the bucket; when the store fails, the file is not kept here either. */
    private boolean copied(String stored, Path file, FileType type) throws IOException {
        try {
            bucket.put(prefix + stored, file, type.contentType(), "private, no-store");
            return true;
        } catch (UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(UploadFolder.class).warn("upload not stored: {}", e.getMessage());
            Files.deleteIfExists(file);
            return false;
        }
    }

    /** Removes stored files again (what they belonged to was not stored after all). */
    public void delete(Collection<Stored> stored) {
        for (Stored s : stored) {
            resolve(s.storedName()).ifPresent(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (bucket != null) {
                    bucket.delete(prefix + s.storedName());
                }
            });
        }
    }

    /** The stored file, if the name is one this class gives and the file is there. */
    public Optional<Path> resolve(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            return Optional.empty();
        }
        Optional<Path> path = SafePaths.below(root, storedName);
        if (bucket != null && path.isPresent() && !Files.exists(path.get(), LinkOption.NOFOLLOW_LINKS)) {
            bucket.download(prefix + storedName, path.get());
        }
        return path.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** Every type: what a form accepts when it names none. */
    public static Set<FileType> anyType() {
        return Set.copyOf(List.of(FileType.values()));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Reads at most {@code limit} bytes of the stream it wraps. */
    private static final class LimitedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        LimitedInputStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buf, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
