package org.zhengwu.content;

/**
 * Whether an item is a Party matter (党务) or a Government matter (政务): the review chain routes it to the Party or
 * the Government general office by it. Items are Government matters unless the editor says otherwise.
 */
public enum ContentCategory {
    PARTY, GOVERNMENT;

    /** The category written in a form or file; blank means {@link #GOVERNMENT}. */
    public static ContentCategory parse(String text) {
        if (text == null || text.isBlank()) {
            return GOVERNMENT;
        }
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.zhengwu.platform.RuleViolation("content.category.invalid", text);
        }
    }
}
