package org.zhengwu.search.internal;

import java.util.List;
import java.util.function.Function;

/** What the search page shows, in its script. */
public record SearchView(String action, Function<String, String> labels, String query, String siteCode,
                         String siteName, String message, List<Suggestion> suggestions, String total, List<Row> rows,
                         String prevHref, String nextHref, String column, List<Option> columns, String kind, String from,
                         String to, boolean byDate, List<String> kinds, List<Active> active) {

    public String t(String key) {
        return labels.apply(key);
    }

    /** Another search worth trying when nothing matched; {@code href} null for advice without a link. */
    public record Suggestion(String label, String href) {
    }

    /** A choice of a select box. */
    public record Option(String value, String label) {
    }

    /** A filter in force and the address of the same search without it. */
    public record Active(String label, String dropHref) {
    }

    /** One result; {@code snippetHtml} is escaped text with the matches in {@code <mark>}. */
    public record Row(String title, String href, String site, String column, String date, String snippetHtml) {
    }
}
