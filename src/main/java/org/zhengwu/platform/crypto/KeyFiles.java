package org.zhengwu.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secret keys kept outside the database: from a setting (base64) when it is set, otherwise from a file under
 * {@code {data-dir}/keys}, generated on the first start with random bytes, created owner-only from the start, and
 * logged so that it is backed up. Never part of the repository.
 */
public final class KeyFiles {

    private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);

    private KeyFiles() {
    }

    /**
     * @param configured the setting's value, null or blank when not set
     * @param setting the setting's name, for the messages ({@code zhengwu.crypto.field-key})
     * @param file where the generated key lives when the setting is empty
     * @param bytes how many random bytes a generated key has; a configured one must have at least 16
     * @param what what the key protects, in Chinese, for the log ("字段加密密钥")
     * @param loss what is lost without it, in Chinese, for the log
     */
    public static byte[] key(String configured, String setting, Path file, int bytes, String what, String loss) {
        if (configured != null && !configured.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configured.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(setting + " is not base64");
            }
            if (key.length < 16) {
                throw new IllegalStateException(setting + " must have at least 16 bytes (base64 of 16 or 32 random bytes)");
            }
            return key;
        }
        try {
            if (!Files.exists(file)) {
                generate(file, bytes, setting, what, loss);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或生成" + what + " " + file, e);
        }
    }

    /** Creates a directory (and its parents) that only the account running the application may enter. */
    public static void ownerOnlyDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Creates a new file readable only by its owner, or answers false when it already exists. */
    public static boolean createOwnerOnly(Path file) throws IOException {
        ownerOnlyDirectory(file.getParent());
        try {
            // owner-only from the start, so no other user can read it even for a moment
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false; // another process of the installation was first
        }
    }

    private static void generate(Path file, int bytes, String setting, String what, String loss) throws IOException {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        if (!createOwnerOnly(file)) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        String env = setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
        log.warn("未配置 {}：已生成{} {}（仅本机运行账号可读）。请备份此文件，{}；生产环境建议改由配置或环境变量 {} 提供密钥。",
                setting, what, file, loss, env);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
