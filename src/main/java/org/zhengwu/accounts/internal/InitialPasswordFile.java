package org.zhengwu.accounts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.storage.DataDirectory;

/**
 * {@code {dataDir}/initial-admin-password.txt}: the generated password of the first administrator, readable only by
 * the account the application runs as, deleted as soon as that password has been changed.
 */
@Component
public class InitialPasswordFile {

    public static final String USERNAME = "admin";
    public static final String FILE_NAME = "initial-admin-password.txt";

    private final DataDirectory data;

    InitialPasswordFile(DataDirectory data) {
        this.data = data;
    }

    public Path path() {
        return data.root().resolve(FILE_NAME);
    }

    /** Writes the file, created owner-only from the start so no other user can read it even for a moment. */
    public Path write(String password) {
        Path file = path();
        try {
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write("政务网站群管理后台 初始管理员账号\n");
                out.write("用户名: " + USERNAME + "\n");
                out.write("初始密码: " + password + "\n");
                out.write("首次登录后须立即修改密码；修改成功后本文件会被自动删除。\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(path());
        } catch (IOException e) {
            throw new UncheckedIOException("无法删除 " + path(), e);
        }
    }
}
