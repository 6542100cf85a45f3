package org.zhengwu.operations.internal.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What a backup directory holds, for both directions: {@value #MANIFEST} (what was copied and when),
 * {@value #DATABASE} (H2's own {@code BACKUP TO} archive of the database files) and {@value #DATA} (the data
 * directory without the database, the search index and, unless asked for, the published pages: those are made again
 * from the database). Written by {@link Backups}, read by the restore before the application starts.
 */
public final class BackupLayout {

    public static final String MANIFEST = "BACKUP.txt";
    public static final String DATABASE = "database.zip";
    public static final String DATA = "data";
    /** Folders of the data directory a backup leaves out: the database (archived by H2 instead) and the index. */
    static final Set<String> NEVER_COPIED = Set.of("db", "index");
    static final String PAGES = "public";

    private BackupLayout() {
    }

    /** Whether this directory is missing or empty: the only kind a backup or a restore writes into. */
    public static boolean emptyOrMissing(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the tree under {@code from} to {@code to}, keeping modification times; {@code skip} leaves out top-level
     * entries by name. Symbolic links are not followed. Returns the number of files copied.
     */
    public static long copyTree(Path from, Path to, Predicate<String> skip) throws IOException {
        long[] files = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(dir);
                if (rel.getNameCount() == 1 && !rel.toString().isEmpty() && skip.test(rel.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(rel.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(file);
                if (!attrs.isRegularFile() || (rel.getNameCount() == 1 && skip.test(rel.toString()))) {
                    return FileVisitResult.CONTINUE;
                }
                Files.copy(file, to.resolve(rel.toString()), StandardCopyOption.COPY_ATTRIBUTES);
                files[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        return files[0];
    }
}
