package org.zhengwu.content;

/**
 * What an editor submits when saving an item. Dates arrive as the text the editor typed, so a wrong format is
 * reported precisely instead of failing somewhere in the web layer.
 *
 * @param publishedAt "2026-11-21", "2026-11-21 09:30", "2026-11-21T09:30" or ISO 8601 with offset; blank means now.
 *                    A time in the future makes an approved item wait until then to go online.
 * @param writtenDate 成文日期 of a policy document, "2026-11-21"
 * @param validity one of {@link PolicyMetadata.Validity}, or blank
 * @param category Party or Government matter; null means Government
 */
public record ContentDraft(long columnId, String title, String subtitle, String source, String author,
                           String publishedAt, String summary, String bodyHtml, String coverImage, String externalLink,
                           boolean pinned, String issuingAuthority, String documentNo, String writtenDate,
                           String topicCategory, String validity, Long interpretsId, ContentCategory category) {

    public ContentDraft {
        category = category == null ? ContentCategory.GOVERNMENT : category;
    }

    /** A Government matter. */
    public ContentDraft(long columnId, String title, String subtitle, String source, String author,
                        String publishedAt, String summary, String bodyHtml, String coverImage, String externalLink,
                        boolean pinned, String issuingAuthority, String documentNo, String writtenDate,
                        String topicCategory, String validity, Long interpretsId) {
        this(columnId, title, subtitle, source, author, publishedAt, summary, bodyHtml, coverImage, externalLink, pinned,
                issuingAuthority, documentNo, writtenDate, topicCategory, validity, interpretsId, ContentCategory.GOVERNMENT);
    }

    /** A draft with only the fields most items need. */
    public static ContentDraft of(long columnId, String title, String bodyHtml, String publishedAt) {
        return new ContentDraft(columnId, title, null, null, null, publishedAt, null, bodyHtml, null, null, false,
                null, null, null, null, null, null);
    }

    public ContentDraft withCategory(ContentCategory c) {
        return new ContentDraft(columnId, title, subtitle, source, author, publishedAt, summary, bodyHtml, coverImage,
                externalLink, pinned, issuingAuthority, documentNo, writtenDate, topicCategory, validity, interpretsId, c);
    }
}
