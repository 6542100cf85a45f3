package org.zhengwu.publishing.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.zhengwu.content.ContentSummary;

/**
 * An item as lists and links show it. Its traditional-script title and its date are worked out once however many
 * pages show it (its own page, its neighbours' links, its list page, the home page block).
 */
public final class Row {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private final ContentSummary summary;
    private String hantTitle;
    private String day;

    public Row(ContentSummary summary) {
        this.summary = summary;
    }

    public ContentSummary summary() {
        return summary;
    }

    public long id() {
        return summary.id();
    }

    public String title(Script script, Texts texts) {
        if (script == Script.HANS) {
            return summary.title();
        }
        String t = hantTitle;
        if (t == null) {
            t = texts.text(Script.HANT, summary.title());
            hantTitle = t;
        }
        return t;
    }

    public String day() {
        String d = day;
        if (d == null) {
            OffsetDateTime at = summary.publishedAt();
            d = at == null ? "" : DAY.format(at);
            day = d;
        }
        return d;
    }
}
