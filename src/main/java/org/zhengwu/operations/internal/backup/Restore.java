package org.zhengwu.operations.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Puts a backup into a fresh data directory, before any application opens it: the files under {@code data/}, then the
 * database files from H2's archive into {@code db/}. It writes only into a missing or empty directory, so an
 * installation is never overwritten by mistake; a refusal is a {@link Refused} with the reason in Chinese.
 */
public final class Restore {

    /** Why nothing was restored. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** What was restored. */
    public record Summary(long databaseFiles, long files) {
    }

    private Restore() {
    }

    public static Summary run(Path backup, Path dataDir) throws Refused, IOException {
        Path from = backup.toAbsolutePath().normalize();
        Path to = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from.resolve(BackupLayout.MANIFEST)) || !Files.isRegularFile(from.resolve(BackupLayout.DATABASE))) {
            throw new Refused("不是 Zhengwu 的备份目录（缺少 " + BackupLayout.MANIFEST + " 或 " + BackupLayout.DATABASE + "）：" + from);
        }
        if (!BackupLayout.emptyOrMissing(to)) {
            throw new Refused("数据目录 " + to + " 不是空目录：恢复只写入新的空目录，不会覆盖已有的安装");
        }
        Files.createDirectories(to);
        long files = Files.isDirectory(from.resolve(BackupLayout.DATA))
                ? BackupLayout.copyTree(from.resolve(BackupLayout.DATA), to, name -> false) : 0;
        long database = unzip(from.resolve(BackupLayout.DATABASE), Files.createDirectories(to.resolve("db")));
        return new Summary(database, files);
    }

    private static long unzip(Path zip, Path dir) throws IOException, Refused {
        long n = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new Refused("备份中的数据库文件名不合法：" + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                    n++;
                }
            }
        }
        return n;
    }
}
