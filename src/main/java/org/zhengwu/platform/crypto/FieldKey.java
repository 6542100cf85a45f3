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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengwu.platform.storage.DataDirectory;

/**
 * Where the field key comes from: {@code zhengwu.crypto.field-key} when set; otherwise {@code {data-dir}/keys/field.key},
 * generated on the first start (32 random bytes, owner-only) and logged, so an installation without configuration
 * still never keeps personal data in clear. The key is never part of the repository.
 */
@Configuration(proxyBeanMethods = false)
class FieldKey {

    private static final Logger log = LoggerFactory.getLogger(FieldKey.class);
    static final String FILE = "field.key";

    @Bean
    FieldCipher fieldCipher(CryptoProperties crypto, DataDirectory data) {
        return new FieldCipher(crypto.fieldCipher(), key(crypto.fieldKey(), data.root().resolve("keys")));
    }

    static byte[] key(String configured, Path keyDir) {
        if (configured != null && !configured.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configured.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("zhengwu.crypto.field-key is not base64");
            }
            if (key.length < 16) {
                throw new IllegalStateException("zhengwu.crypto.field-key must have at least 16 bytes (base64 of 16 or 32 random bytes)");
            }
            return key;
        }
        Path file = keyDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                generate(keyDir, file);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或生成字段加密密钥 " + file, e);
        }
    }

    private static void generate(Path dir, Path file) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            // created owner-only from the start, so no other user can read it even for a moment
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return; // another process of the installation was first
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        log.warn("未配置 zhengwu.crypto.field-key：已生成字段加密密钥 {}（仅本机运行账号可读）。请备份此文件，丢失后已加密的个人信息无法解密；"
                + "生产环境建议改由配置或环境变量 ZHENGWU_CRYPTO_FIELD_KEY 提供密钥。", file);
    }
}
