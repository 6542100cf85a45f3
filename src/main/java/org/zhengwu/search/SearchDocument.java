package org.zhengwu.search;

import java.time.LocalDate;

/**
 * One published item as the index holds it. {@code title} is the original title (shown); {@code foldedTitle} and
 * {@code foldedText} are the title and the body's plain text folded to simplified script (searched and highlighted);
 * {@code documentNo} is the policy's 文号 when it has one, else null.
 */
public record SearchDocument(long id, String siteCode, String siteName, String column, String columnCode,
                             String title, String url,
                             LocalDate date, String kind, String foldedTitle, String foldedText,
                             String documentNo) {
}
