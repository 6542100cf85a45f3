package org.zhengwu.publishing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * After a render that wrote every page of a folder: deletes the files there it did not write (pages no longer
 * published), and folders left empty; another writer's temporary file is left alone unless a crash left it long ago.
 */
final class FolderSweep {

    private FolderSweep() {
    }

    /** {@code written} holds the files' paths below the public folder ("/www/news/12.html"). */
    static void sweep(PublicFolder folder, Path dir, Set<String> written) {
        Path root = folder.root();
        Instant staleTemp = Instant.now().minus(Duration.ofHours(1));
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String name = file.getFileName().toString();
                    String rel = "/" + root.relativize(file).toString().replace('\\', '/');
                    if (name.startsWith(".") && name.endsWith(".tmp")) {
                        // another writer's file in flight, unless it was left behind by a crash long ago
                        if (attrs.lastModifiedTime().toInstant().isBefore(staleTemp)) {
                            Files.deleteIfExists(file);
                        }
                    } else if (!written.contains(PublicFolder.original(rel))) { // a page's copies stay with it
                        Files.deleteIfExists(file);
                        folder.swept(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (!d.equals(dir)) {
                        try (var entries = Files.list(d)) {
                            if (entries.findAny().isEmpty()) {
                                Files.deleteIfExists(d);
                            }
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("无法清理目录 " + dir, e);
        }
    }
}
