package org.zhengwu.publishing;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

/** What a finished rebuild wrote: HTML pages per script, and how long it took. */
public record RebuildSummary(long hansPages, long hantPages, Duration duration, OffsetDateTime finishedAt) {

    public double seconds() {
        return duration.toMillis() / 1000.0;
    }

    /** The one summary line of the {@code rebuild} command. */
    public String line() {
        return String.format(Locale.ROOT, "rebuild: %d pages (zh-Hans) + %d pages (zh-Hant) in %.1f s",
                hansPages, hantPages, seconds());
    }
}
