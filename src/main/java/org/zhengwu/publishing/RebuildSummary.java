package org.zhengwu.publishing;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * What a finished rebuild wrote: HTML pages per script, how long it took, and the thread-seconds spent making each
 * script's pages (reading the database is shared and counted in neither).
 */
public record RebuildSummary(long hansPages, long hantPages, Duration duration, OffsetDateTime finishedAt,
                             double hansSeconds, double hantSeconds) {

    public double seconds() {
        return duration.toMillis() / 1000.0;
    }

    /** How the two scripts shared the rendering work, for the line before the summary. */
    public String scriptsLine() {
        return String.format(Locale.ROOT, "rebuild time by script: zh-Hans %.1f s, zh-Hant %.1f s (render, convert and write, summed over threads)",
                hansSeconds, hantSeconds);
    }

    /** The one summary line of the {@code rebuild} command. */
    public String line() {
        return String.format(Locale.ROOT, "rebuild: %d pages (zh-Hans) + %d pages (zh-Hant) in %.1f s",
                hansPages, hantPages, seconds());
    }
}
