package org.zhengwu.content;

import java.time.OffsetDateTime;

/** What a list shows of an item. */
public record ContentSummary(long id, long siteId, long columnId, String title, OffsetDateTime publishedAt,
                             boolean pinned, String externalLink, String coverImage, String summary) {
}
