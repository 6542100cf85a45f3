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
 * {@code {dataDir}/initial-USERNAME-password.txt}: the generated password of one of the three initial administrators
 * ({@code admin}, {@code secadmin}, {@code auditadmin}), readable only by the account the application runs as, deleted
 * as soon as that password has been changed.
 */
@Component
public class InitialPasswordFile {

    /** The system administrator (系统管理员). */
    public static final String USERNAME = "admin";
    /** The security administrator (安全管理员). */
    public static final String SECURITY_USERNAME = "secadmin";
    /** The audit administrator (审计管理员). */
    public static final String AUDIT_USERNAME = "auditadmin";
    public static final String FILE_NAME = "initial-admin-password.txt";

    private final DataDirectory data;

    InitialPasswordFile(DataDirectory data) {
        this.data = data;
    }

    /** The system administrator's file. */
    public Path path() {
        return path(USERNAME);
    }

    public Path path(String username) {
        return data.root().resolve("initial-" + username + "-password.txt");
    }

    /** Writes the system administrator's file. */
    public Path write(String password) {
        return write(USERNAME, "系统管理员", password);
    }

    /** Writes the file, created owner-only from the start so no other user can read it even for a moment. */
    public Path write(String username, String roleName, String password) {
        Path file = path(username);
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
                out.write("政务网站群管理后台 初始" + roleName + "账号\n");
                out.write("用户名: " + username + "\n");
                out.write("初始密码: " + password + "\n");
                out.write("首次登录后须立即修改密码；修改成功后本文件会被自动删除。\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        }
    }

    /** Deletes the system administrator's file. */
    public void delete() {
        delete(USERNAME);
    }

    /** Deletes the file of this user name, if it is one of the three initial administrators' and exists. */
    public void delete(String username) {
        if (!USERNAME.equals(username) && !SECURITY_USERNAME.equals(username) && !AUDIT_USERNAME.equals(username)) {
            return;
        }
        try {
            Files.deleteIfExists(path(username));
        } catch (IOException e) {
            throw new UncheckedIOException("无法删除 " + path(username), e);
        }
    }
}
