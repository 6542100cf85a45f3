package org.zhengwu.content.internal.web;

import java.time.format.DateTimeFormatter;
import org.zhengwu.content.ContentCategory;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.PolicyMetadata;
import org.zhengwu.platform.RuleViolation;

/** The content form exactly as typed, so a refused submission comes back with everything the editor wrote. */
public record ContentForm(String columnId, String title, String subtitle, String source, String author,
                          String publishedAt, String summary, String bodyHtml, String coverImage, String externalLink,
                          String pinned, String issuingAuthority, String documentNo, String writtenDate,
                          String topicCategory, String validity, String interpretsId, String category) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ContentForm empty(Long columnId) {
        return new ContentForm(columnId == null ? "" : columnId.toString(), "", "", "", "", "", "", "", "", "", null,
                "", "", "", "", "", "", ContentCategory.GOVERNMENT.name());
    }

    static ContentForm of(ContentItem item) {
        PolicyMetadata p = item.policy();
        return new ContentForm(String.valueOf(item.columnId()), item.title(), item.subtitle(), item.source(), item.author(),
                item.publishedAt() == null ? "" : item.publishedAt().format(MINUTES), item.summary(), item.bodyHtml(),
                item.coverImage(), item.externalLink(), item.pinned() ? "on" : null, p.issuingAuthority(), p.documentNo(),
                p.writtenDate() == null ? "" : p.writtenDate().toString(), p.topicCategory(),
                p.validity() == null ? "" : p.validity().name(),
                item.interpretsId() == null ? "" : item.interpretsId().toString(), item.category().name());
    }

    public boolean isPinned() {
        return pinned != null && !pinned.isBlank() && !"false".equals(pinned);
    }

    /** The chosen column, or null when none (or nonsense) was sent. */
    Long column() {
        try {
            return columnId == null || columnId.isBlank() ? null : Long.valueOf(columnId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Long interprets() {
        try {
            return interpretsId == null || interpretsId.isBlank() ? null : Long.valueOf(interpretsId.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation("content.interprets.not-found", interpretsId);
        }
    }

    ContentDraft toDraft(long column) {
        return new ContentDraft(column, title, subtitle, source, author, publishedAt, summary, bodyHtml, coverImage,
                externalLink, isPinned(), issuingAuthority, documentNo, writtenDate, topicCategory, validity, interprets(),
                ContentCategory.parse(category));
    }
}
