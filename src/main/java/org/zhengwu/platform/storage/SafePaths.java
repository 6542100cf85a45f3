package org.zhengwu.platform.storage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resolves user-supplied relative paths below a root, refusing anything that would leave it. */
public final class SafePaths {

    private static final Pattern BAD_SEGMENT = Pattern.compile("(^|/)\\.\\.?(/|$)|\\\\|\\x00|:|//");

    private SafePaths() {
    }

    /** The path below {@code root}, or empty when {@code relative} tries to climb out of it or is malformed. */
    public static Optional<Path> below(Path root, String relative) {
        if (relative == null) {
            return Optional.empty();
        }
        String rel = relative.startsWith("/") ? relative.substring(1) : relative;
        if (BAD_SEGMENT.matcher(rel).find() || rel.startsWith("/")) {
            return Optional.empty();
        }
        Path resolved = root.resolve(rel).normalize();
        return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
    }
}
