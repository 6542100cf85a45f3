package org.zhengwu.checks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An attachment to check: the uploader's file name (its extension chooses how the text is read: docx, xlsx, pdf,
 * txt) and a way to open its bytes. The stream is opened once per check and closed by the checker.
 */
public record CheckAttachment(String fileName, Opener content) {

    /** Opens the attachment's bytes; may throw, which the checker reports as an unreadable attachment. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public CheckAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    public static CheckAttachment of(String fileName, Path file) {
        return new CheckAttachment(fileName, () -> Files.newInputStream(file));
    }

    public static CheckAttachment of(String fileName, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new CheckAttachment(fileName, () -> new ByteArrayInputStream(copy));
    }
}
