package org.zhengwu.content;

import java.time.OffsetDateTime;

/**
 * A published item with the text it was published with and who wrote it, for figures over a period (the supervision
 * center's manuscript fees). {@code editorId} and {@code editorName} are the staff member who saved its first version;
 * both null for an item brought in by an import.
 */
public record PublishedText(long id, long siteId, long columnId, String title, OffsetDateTime publishedAt,
                            Long editorId, String editorName, String bodyHtml) {
}
