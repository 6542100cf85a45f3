package org.zhengwu.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.ZhengwuProperties;

/** The folders under the data directory, created on first use. */
@Component
public class DataDirectory {

    private final Path root;

    public DataDirectory(ZhengwuProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize();
    }

    public Path root() {
        return ensure(root);
    }

    /** Published static pages, served to citizens. */
    public Path publicPages() {
        return ensure(root.resolve("public"));
    }

    /** Uploaded images and attachments. */
    public Path uploads() {
        return ensure(root.resolve("uploads"));
    }

    public Path resolve(String name) {
        return ensure(root.resolve(name));
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据目录 " + dir, e);
        }
    }
}
