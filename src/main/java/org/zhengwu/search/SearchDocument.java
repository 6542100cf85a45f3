package org.zhengwu.search;

import java.time.LocalDate;

/**
 * One published item as the index holds it. {@code title} is the original title (shown); {@code foldedTitle} and
 * {@code foldedText} are the title and the body's plain text folded to simplified script (searched and highlighted);
 * {@code documentNo} is the policy's 文号 when it has one, else null. {@code kind} is the column's kind, or
 * {@link #GUIDE} for a service item's guide (办事指南), whose {@code id} is the service item's.
 */
public record SearchDocument(long id, String siteCode, String siteName, String column, String columnCode,
                             String title, String url,
                             LocalDate date, String kind, String foldedTitle, String foldedText,
                             String documentNo) {

    /** The kind of the service hall's guides: the search page's filter 办事指南. */
    public static final String GUIDE = "GUIDE";

    /** Its identity in the index: a content item's id, or {@link #guideKey} of a service item. */
    public String key() {
        return GUIDE.equals(kind) ? guideKey(id) : Long.toString(id);
    }

    /** Service items and content items number themselves apart; their keys in the index cannot meet. */
    public static String guideKey(long serviceItemId) {
        return "guide-" + serviceItemId;
    }
}
