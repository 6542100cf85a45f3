package org.zhengwu.content;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One content item: an article, notice, policy document, interpretation, photo story or single page. Read through
 * {@link ContentQueries#item} it is what the public pages show (the published edition of a published item); read
 * through {@link ContentQueries#latestVersion} it is the version last saved, which may be a draft under review.
 *
 * @param publishedAt the date shown to readers and used to order lists
 * @param interpretsId for an interpretation, the policy document it explains
 * @param category Party or Government matter, for the review chain's routing
 * @param version the number of the version these fields are
 * @param latestVersion the number of the item's newest saved version
 */
public record ContentItem(long id, long siteId, long columnId, ContentStatus status, String title, String subtitle,
                          String source, String author, OffsetDateTime publishedAt, String summary, String bodyHtml,
                          String coverImage, String externalLink, boolean pinned, PolicyMetadata policy,
                          Long interpretsId, List<Attachment> attachments, OffsetDateTime updatedAt,
                          ContentCategory category, int version, int latestVersion) {

    /** An item as before versions: a Government matter, version 1. */
    public ContentItem(long id, long siteId, long columnId, ContentStatus status, String title, String subtitle,
                       String source, String author, OffsetDateTime publishedAt, String summary, String bodyHtml,
                       String coverImage, String externalLink, boolean pinned, PolicyMetadata policy,
                       Long interpretsId, List<Attachment> attachments, OffsetDateTime updatedAt) {
        this(id, siteId, columnId, status, title, subtitle, source, author, publishedAt, summary, bodyHtml, coverImage,
                externalLink, pinned, policy, interpretsId, attachments, updatedAt, ContentCategory.GOVERNMENT, 1, 1);
    }

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }

    public ContentSummary summaryView() {
        return new ContentSummary(id, siteId, columnId, title, publishedAt, pinned, externalLink, coverImage, summary);
    }

    /** The same fields as another version (number and status unchanged): what a save without changes compares. */
    public boolean sameFieldsAs(ContentItem o) {
        return columnId == o.columnId && pinned == o.pinned && category == o.category
                && java.util.Objects.equals(title, o.title) && java.util.Objects.equals(subtitle, o.subtitle)
                && java.util.Objects.equals(source, o.source) && java.util.Objects.equals(author, o.author)
                && (publishedAt == null ? o.publishedAt == null : o.publishedAt != null && publishedAt.isEqual(o.publishedAt))
                && java.util.Objects.equals(summary, o.summary) && java.util.Objects.equals(bodyHtml, o.bodyHtml)
                && java.util.Objects.equals(coverImage, o.coverImage) && java.util.Objects.equals(externalLink, o.externalLink)
                && java.util.Objects.equals(interpretsId, o.interpretsId)
                && java.util.Objects.equals(policy.issuingAuthority(), o.policy.issuingAuthority())
                && java.util.Objects.equals(policy.documentNo(), o.policy.documentNo())
                && java.util.Objects.equals(policy.writtenDate(), o.policy.writtenDate())
                && java.util.Objects.equals(policy.topicCategory(), o.policy.topicCategory())
                && policy.validity() == o.policy.validity();
    }

    ContentItem withVersion(int number, int latest) {
        return new ContentItem(id, siteId, columnId, status, title, subtitle, source, author, publishedAt, summary,
                bodyHtml, coverImage, externalLink, pinned, policy, interpretsId, attachments, updatedAt, category,
                number, latest);
    }
}
