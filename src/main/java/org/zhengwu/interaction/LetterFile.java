package org.zhengwu.interaction;

import org.springframework.core.io.InputStreamSource;

/**
 * A file a writer attaches to a letter, as received: its name, its size as announced, and its bytes (read twice:
 * once to check the type, once to store).
 */
public record LetterFile(String fileName, long size, InputStreamSource content) {
}
