package org.zhengwu.search.internal;

import java.util.List;
import java.util.function.Function;

/** What the search page shows, in its script. */
public record SearchView(String lang, String otherLang, String switchHref, String action, Function<String, String> labels,
                         String query, String siteCode, String siteName, String homeHref, String message,
                         String suggestion, String suggestionHref, String total, List<Row> rows, String prevHref,
                         String nextHref, String column, String kind, String from, String to, boolean byDate,
                         List<String> kinds, List<Active> active) {

    public String t(String key) {
        return labels.apply(key);
    }

    /** A filter in force and the address of the same search without it. */
    public record Active(String label, String dropHref) {
    }

    /** One result; {@code snippetHtml} is escaped text with the matches in {@code <mark>}. */
    public record Row(String title, String href, String site, String column, String date, String snippetHtml) {
    }
}
