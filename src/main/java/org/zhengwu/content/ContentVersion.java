package org.zhengwu.content;

import java.time.OffsetDateTime;

/**
 * One saved version of an item: who saved it and when, and its fields as they were then ({@code content.version()}
 * is {@code number}).
 *
 * @param savedById the staff account that saved it; null for the system (import, demo)
 * @param savedByName how the saver is shown; null for the system
 */
public record ContentVersion(long itemId, int number, OffsetDateTime savedAt, Long savedById, String savedByName,
                             ContentItem content) {
}
