package org.zhengwu.importing;

import java.time.Duration;

/**
 * What an import did.
 *
 * @param lines article lines read (the header and blank lines not counted)
 * @param imported articles stored
 * @param skipped articles already present from an earlier import (or repeated in the file)
 * @param rejected lines refused, each reported with its line number and reason
 */
public record ImportSummary(long lines, long imported, long skipped, long rejected, Duration took) {

    /** The last line the command prints: {@code import: N imported, K skipped as already present, E rejected in S.S s}. */
    public String line() {
        return String.format(java.util.Locale.ROOT, "import: %d imported, %d skipped as already present, %d rejected in %.1f s",
                imported, skipped, rejected, took.toMillis() / 1000.0);
    }
}
