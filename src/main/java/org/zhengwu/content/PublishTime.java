package org.zhengwu.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads the dates editors and imports give, in China Standard Time unless an offset is written. */
public final class PublishTime {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private PublishTime() {
    }

    /** The time written, or empty when the text is not one of the accepted forms or not a real date. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).atZoneSameInstant(CHINA).toOffsetDateTime());
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset; try the local forms
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(t, f.withResolverStyle(java.time.format.ResolverStyle.STRICT)).atZone(CHINA).toOffsetDateTime());
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return parseDate(t).map(d -> d.atStartOfDay(CHINA).toOffsetDateTime());
    }

    /** A calendar date such as 2026-11-21, or empty when it is not a real date. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim(), DateTimeFormatter.ofPattern("uuuu-MM-dd")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
