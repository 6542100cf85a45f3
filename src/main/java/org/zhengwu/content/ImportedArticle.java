package org.zhengwu.content;

import java.time.OffsetDateTime;

/** A published article brought over from another system; {@code sourceRef} is its id there. */
public record ImportedArticle(String sourceRef, long siteId, long columnId, String title, String source,
                              OffsetDateTime publishedAt, String bodyHtml) {
}
