package org.zhengwu.interaction.internal;

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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.LetterFile;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.SafePaths;

/**
 * Letters' attachments under {@code {data-dir}/letters/yyyy/MM/}, a folder the public site does not serve, each under
 * a random name with the extension of the type its bytes show. A file is kept only when its name, size and bytes all
 * fit; the bytes go to a temporary file first, so nothing half-written is ever under a stored name.
 */
@Component
public class LetterFiles {

    public static final int MAX_FILES = 3;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_NAME = 200;

    /** A stored attachment: the writer's file name, where it is, the type found in its bytes and its size. */
    public record Stored(String fileName, String storedName, FileType type, long size) {
    }

    private static final Pattern STORED_NAME = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f]{32}\\.[a-z]{3,4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataDirectory data;
    private final Clock clock;

    LetterFiles(DataDirectory data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /**
     * Checks and stores the files; every problem is added to {@code problems} (field {@code files}). When there is
     * any, nothing stays stored.
     */
    public List<Stored> store(List<LetterFile> files, List<LetterProblem> problems) {
        List<LetterFile> given = files.stream().filter(f -> f != null && !(f.size() == 0 && blank(f.fileName()))).toList();
        if (given.size() > MAX_FILES) {
            problems.add(LetterRules.problem("files", "interaction.letter.files.too-many", MAX_FILES, given.size()));
            return List.of();
        }
        List<Stored> stored = new ArrayList<>();
        int before = problems.size();
        for (LetterFile f : given) {
            store(f, problems).ifPresent(stored::add);
        }
        if (problems.size() > before) {
            delete(stored);
            return List.of();
        }
        return stored;
    }

    /** Removes stored files again (their letter was not stored after all). */
    public void delete(List<Stored> stored) {
        for (Stored s : stored) {
            resolve(s.storedName()).ifPresent(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The stored file, if the name is one this class gives and the file is there. */
    public Optional<Path> resolve(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            return Optional.empty();
        }
        return SafePaths.below(root(), storedName).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    private Optional<Stored> store(LetterFile f, List<LetterProblem> problems) {
        String name = LetterRules.strip(f.fileName());
        if (name.isEmpty() || name.length() > MAX_NAME || name.contains("/") || name.contains("\\")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            problems.add(LetterRules.problem("files", "interaction.letter.files.name", shortName(name)));
            return Optional.empty();
        }
        Optional<FileType> claimed = FileType.byName(name);
        if (claimed.isEmpty()) {
            problems.add(LetterRules.problem("files", "interaction.letter.files.type", name, FileType.extensionList()));
            return Optional.empty();
        }
        if (f.size() > MAX_BYTES) {
            problems.add(LetterRules.problem("files", "interaction.letter.files.too-large", name, MAX_BYTES / (1024 * 1024)));
            return Optional.empty();
        }
        try {
            LocalDate today = LocalDate.now(clock);
            String folder = String.format("%04d/%02d", today.getYear(), today.getMonthValue());
            Path dir = Files.createDirectories(root().resolve(folder));
            Path tmp = Files.createTempFile(dir, ".letter-", ".tmp");
            try {
                long size = copy(f, tmp);
                if (size == 0) {
                    problems.add(LetterRules.problem("files", "interaction.letter.files.empty", name));
                    return Optional.empty();
                }
                if (size > MAX_BYTES) {
                    problems.add(LetterRules.problem("files", "interaction.letter.files.too-large", name, MAX_BYTES / (1024 * 1024)));
                    return Optional.empty();
                }
                Optional<FileType> actual = FileType.sniff(tmp);
                if (actual.isEmpty() || actual.get() != claimed.get()) {
                    problems.add(LetterRules.problem("files", "interaction.letter.files.mismatch", name,
                            claimed.get().name()));
                    return Optional.empty();
                }
                String stored = folder + "/" + HexFormat.of().formatHex(randomBytes()) + "." + actual.get().extension();
                move(tmp, root().resolve(stored));
                return Optional.of(new Stored(name, stored, actual.get(), size));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存来信附件", e);
        }
    }

    /** Copies at most one byte more than allowed: enough to know a file is too large, without reading it all. */
    private static long copy(LetterFile f, Path to) throws IOException {
        try (InputStream in = f.content().getInputStream()) {
            return Files.copy(new LimitedInputStream(in, MAX_BYTES + 1), to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path root() {
        return data.resolve("letters");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String shortName(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
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
