package org.zhengwu.content;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One content item: an article, notice, policy document, interpretation, photo story or single page.
 *
 * @param publishedAt the date shown to readers and used to order lists
 * @param interpretsId for an interpretation, the policy document it explains
 */
public record ContentItem(long id, long siteId, long columnId, ContentStatus status, String title, String subtitle,
                          String source, String author, OffsetDateTime publishedAt, String summary, String bodyHtml,
                          String coverImage, String externalLink, boolean pinned, PolicyMetadata policy,
                          Long interpretsId, List<Attachment> attachments, OffsetDateTime updatedAt) {

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }

    public ContentSummary summaryView() {
        return new ContentSummary(id, siteId, columnId, title, publishedAt, pinned, externalLink, coverImage, summary);
    }
}
