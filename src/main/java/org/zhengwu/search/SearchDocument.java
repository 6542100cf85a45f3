package org.zhengwu.search;

import java.time.LocalDate;

/**
 * One published item as the index holds it. {@code title} is the original title (shown); {@code foldedTitle} and
 * {@code foldedText} are the title and the body's plain text folded to simplified script (searched and highlighted);
 * {@code documentNo} is the policy's 文号 when it has one, else null. {@code key} is its identity in the index: the
 * content item's id, or {@link #guideKey} for a service item's guide (办事指南, kind {@code GUIDE} like the items of
 * guide columns, so the search page's filter 办事指南 finds both).
 */
public record SearchDocument(long id, String siteCode, String siteName, String column, String columnCode,
                             String title, String url,
                             LocalDate date, String kind, String foldedTitle, String foldedText,
                             String documentNo, String key) {

    public SearchDocument {
        key = key == null ? Long.toString(id) : key;
    }

    /** A content item's document. */
    public SearchDocument(long id, String siteCode, String siteName, String column, String columnCode, String title,
                          String url, LocalDate date, String kind, String foldedTitle, String foldedText,
                          String documentNo) {
        this(id, siteCode, siteName, column, columnCode, title, url, date, kind, foldedTitle, foldedText, documentNo,
                null);
    }

    /** Service items and content items number themselves apart; their keys in the index cannot meet. */
    public static String guideKey(long serviceItemId) {
        return "guide-" + serviceItemId;
    }
}
