package org.zhengwu.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.internal.ContentStore;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.SiteDirectory;

/**
 * Saving, publishing and unpublishing content items. Each step checks everything first and refuses with a reason,
 * changes the database in one transaction, and announces the change with an event that publishing handles after
 * commit.
 *
 * <p>Every save keeps a version. While an item is published its item row keeps the published edition, so the public
 * pages and a full rebuild show that edition until another version is published ({@link #publishVersion}); editors'
 * versions get there through the review chain. {@link #publish} puts the latest version online directly: only the
 * system does that (the demo seeding; the import stores published items itself).
 */
@Service
public class ContentEditing {

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/._-]+");

    private final ContentStore store;
    private final SiteDirectory sites;
    private final BodySanitizer sanitizer;
    private final IndexNumberRule indexNumbers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UnitScope scope;
    private final AuditTrail audit;

    ContentEditing(ContentStore store, SiteDirectory sites, BodySanitizer sanitizer, IndexNumberRule indexNumbers,
                   ApplicationEventPublisher events, Clock clock, UnitScope scope, AuditTrail audit) {
        this.store = store;
        this.sites = sites;
        this.sanitizer = sanitizer;
        this.indexNumbers = indexNumbers;
        this.events = events;
        this.clock = clock;
        this.scope = scope;
        this.audit = audit;
    }

    /** Saves a new item as a draft (its version 1) and returns its id. */
    @Transactional
    public long createDraft(ContentDraft draft) {
        Column column = columnFor(draft);
        ContentItem item = toItem(0, column, ContentStatus.DRAFT, draft, 1, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = store.insert(column.siteId(), item, null, now);
        ContentItem saved = store.item(id).orElseThrow();
        store.insertVersion(saved, now, saverId(), saverName());
        audit.record(AuditEvent.of("content.create", "content", id, unitOf(saved), saved.title()));
        events.publishEvent(new ContentSaved(id, saved.siteId(), 1));
        return id;
    }

    /**
     * Saves changes to an item as its next version; a save that changes nothing keeps the latest version. A published
     * item stays online as it was published until another version is published.
     */
    @Transactional
    public void update(long itemId, ContentDraft draft) {
        ContentItem existing = require(itemId);
        Column column = columnFor(draft);
        if (column.siteId() != existing.siteId()) {
            throw new RuleViolation("content.column.other-site");
        }
        ContentItem latest = store.version(itemId, existing.latestVersion()).map(ContentVersion::content).orElse(existing);
        int next = existing.latestVersion() + 1;
        // a blank time keeps the one saved before, so saving the same fields again is no new version
        ContentItem item = toItem(itemId, column, existing.status(), draft, next, latest.publishedAt());
        if (item.sameFieldsAs(latest)) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.hasVersions(itemId)) {
            // what the import (or an earlier release) stored is version 1; keep it before it is replaced
            store.insertVersion(existing, existing.updatedAt() == null ? now : existing.updatedAt(), null, null);
        }
        store.insertVersion(item, now, saverId(), saverName());
        if (existing.isPublished()) {
            store.setLatestVersion(itemId, next, now);
        } else {
            store.update(item, now);
        }
        audit.record(AuditEvent.of("content.save", "content", itemId, unitOf(existing), "version " + next + ": " + item.title()));
        events.publishEvent(new ContentSaved(itemId, existing.siteId(), next));
    }

    /** Puts the latest version online at once, without review: for the system's own content (the demo). */
    @Transactional
    public void publish(long itemId) {
        publishVersion(itemId, require(itemId).latestVersion());
    }

    /**
     * Puts this version online: it becomes the published edition that the public pages and a full rebuild show. A
     * policy document gets its index number the first time.
     */
    @Transactional
    public void publishVersion(long itemId, int versionNo) {
        ContentItem item = require(itemId);
        ContentItem v = store.version(itemId, versionNo).map(ContentVersion::content)
                .orElseThrow(() -> new RuleViolation("content.version.not-found", versionNo));
        Column column = sites.column(v.columnId()).orElseThrow(() -> new RuleViolation("column.not-found", v.columnId()));
        if (column.siteId() != item.siteId()) {
            throw new RuleViolation("content.column.other-site");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.update(new ContentItem(itemId, item.siteId(), v.columnId(), item.status(), v.title(), v.subtitle(), v.source(),
                v.author(), v.publishedAt(), v.summary(), v.bodyHtml(), v.coverImage(), v.externalLink(), v.pinned(),
                v.policy(), v.interpretsId(), List.of(), now, v.category(), versionNo, item.latestVersion()), now);
        if (column.kind() == ColumnKind.POLICY && item.policy().indexNo() == null) {
            int seq = store.nextIndexSequence(item.siteId(), v.publishedAt().getYear());
            String code = sites.site(item.siteId()).map(s -> s.code()).orElse("site");
            store.setIndexNo(itemId, indexNumbers.format(code, v.publishedAt().toLocalDate(), v.policy().topicCategory(), seq));
        }
        store.setStatus(itemId, ContentStatus.PUBLISHED, now);
        audit.record(AuditEvent.of("content.publish", "content", itemId, unitOf(item), "version " + versionNo));
        events.publishEvent(new ContentPublished(itemId, item.siteId(), v.columnId()));
    }

    /** Takes an item offline; its page disappears and the lists it was on are rendered again. */
    @Transactional
    public void unpublish(long itemId) {
        ContentItem item = require(itemId);
        if (!item.isPublished()) {
            throw new RuleViolation("content.not-published");
        }
        store.setStatus(itemId, ContentStatus.UNPUBLISHED, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("content.unpublish", "content", itemId, unitOf(item), "version " + item.version()));
        events.publishEvent(new ContentUnpublished(itemId, item.siteId(), item.columnId()));
    }

    @Transactional
    public long addAttachment(long itemId, String fileName, String publicPath, String contentType, long size) {
        ContentItem item = require(itemId);
        long id = store.addAttachment(itemId, fileName, publicPath, contentType, size);
        audit.record(AuditEvent.of("content.attachment.add", "attachment", id, unitOf(item),
                "为内容 " + itemId + "《" + item.title() + "》添加附件“" + fileName + "”（" + contentType + "，" + size + " 字节，"
                        + publicPath + "）"));
        return id;
    }

    /** Removes the attachment if it belongs to the item; an id of another item's attachment changes nothing. */
    @Transactional
    public void removeAttachment(long itemId, long attachmentId) {
        ContentItem item = require(itemId);
        Optional<Attachment> attachment = store.attachments(List.of(itemId)).getOrDefault(itemId, List.of()).stream()
                .filter(a -> a.id() == attachmentId).findFirst();
        if (attachment.isEmpty()) {
            return;
        }
        store.removeAttachment(itemId, attachmentId);
        audit.record(AuditEvent.of("content.attachment.remove", "attachment", attachmentId, unitOf(item),
                "从内容 " + itemId + "《" + item.title() + "》删除附件“" + attachment.get().fileName() + "”（"
                        + attachment.get().path() + "）"));
    }

    /**
     * Records an image uploaded for an article body. The file is stored before any item refers to it (the editor pastes
     * its address into the body), so the upload is recorded against the site it was uploaded for.
     */
    @Transactional
    public void imageUploaded(long siteId, String fileName, String publicPath, long size, String alt) {
        Long unit = sites.site(siteId).map(s -> s.unitId()).orElse(null);
        audit.record(AuditEvent.of("content.image.upload", "upload", publicPath, unit,
                "为站点 " + siteId + " 上传正文图片“" + fileName + "”（" + size + " 字节，替代文字“" + alt + "”）"));
    }

    /**
     * Stores already-published articles from another system in one batch, skipping those imported before (and a
     * repeat of a source ref within the batch). Bodies are sanitized like an editor's. Returns how many were new.
     */
    @Transactional
    public int importPublished(List<ImportedArticle> articles) {
        Set<String> known = store.existingSourceRefs(articles.stream().map(ImportedArticle::sourceRef).toList());
        List<ImportedArticle> fresh = new ArrayList<>(articles.size());
        for (ImportedArticle a : articles) {
            if (a.sourceRef() == null || known.add(a.sourceRef())) {
                fresh.add(new ImportedArticle(a.sourceRef(), a.siteId(), a.columnId(), a.title(), a.source(),
                        a.publishedAt(), sanitizer.sanitize(a.bodyHtml())));
            }
        }
        store.insertBatch(fresh, OffsetDateTime.now(clock));
        return fresh.size();
    }

    private ContentItem require(long itemId) {
        return store.item(itemId).orElseThrow(() -> new RuleViolation("content.not-found", itemId));
    }

    private Column columnFor(ContentDraft draft) {
        Column column = sites.column(draft.columnId()).orElseThrow(() -> new RuleViolation("column.not-found", draft.columnId()));
        if (column.kind() == ColumnKind.LINK) {
            throw new RuleViolation("content.column.no-items");
        }
        return column;
    }

    private Long saverId() {
        return scope.current().map(StaffPrincipal::accountId).orElse(null);
    }

    private String saverName() {
        return scope.current().map(p -> p.displayName() + "（" + p.username() + "）").orElse(null);
    }

    private Long unitOf(ContentItem item) {
        return sites.site(item.siteId()).map(s -> s.unitId()).orElse(null);
    }

    private ContentItem toItem(long id, Column column, ContentStatus status, ContentDraft d, int version,
                               OffsetDateTime keptPublishedAt) {
        String title = trimmed(d.title());
        if (title == null || title.length() > 500) {
            throw new RuleViolation("content.title.required");
        }
        OffsetDateTime publishedAt = blank(d.publishedAt()) ? keptPublishedAt != null ? keptPublishedAt : OffsetDateTime.now(clock)
                : PublishTime.parse(d.publishedAt()).orElseThrow(() -> new RuleViolation("content.published-at.invalid", d.publishedAt()));
        String body = sanitizer.sanitize(d.bodyHtml());
        requireAltText(body);
        String link = trimmed(d.externalLink());
        if (link != null && !URL.matcher(link).matches()) {
            throw new RuleViolation("content.external-link.invalid");
        }
        String cover = trimmed(d.coverImage());
        if (cover != null && !LOCAL_PATH.matcher(cover).matches() && !URL.matcher(cover).matches()) {
            throw new RuleViolation("content.cover.invalid");
        }
        if (d.summary() != null && d.summary().length() > 2000) {
            throw new RuleViolation("content.summary.too-long");
        }
        return new ContentItem(id, column.siteId(), column.id(), status, title, trimmed(d.subtitle()), trimmed(d.source()),
                trimmed(d.author()), publishedAt, trimmed(d.summary()), body, cover, link, d.pinned(),
                policyOf(column, d), interpretsOf(column, d), List.of(), null, d.category(), version, version);
    }

    private PolicyMetadata policyOf(Column column, ContentDraft d) {
        if (column.kind() != ColumnKind.POLICY) {
            return PolicyMetadata.none();
        }
        var written = blank(d.writtenDate()) ? null
                : PublishTime.parseDate(d.writtenDate()).orElseThrow(() -> new RuleViolation("content.written-date.invalid", d.writtenDate()));
        PolicyMetadata.Validity validity;
        try {
            validity = blank(d.validity()) ? null : PolicyMetadata.Validity.valueOf(d.validity().trim());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("content.validity.invalid", d.validity());
        }
        return new PolicyMetadata(null, trimmed(d.issuingAuthority()), trimmed(d.documentNo()), written,
                trimmed(d.topicCategory()), validity);
    }

    private Long interpretsOf(Column column, ContentDraft d) {
        if (d.interpretsId() == null) {
            return null;
        }
        if (column.kind() != ColumnKind.INTERPRETATION) {
            throw new RuleViolation("content.interprets.only-interpretations");
        }
        ContentItem policy = store.item(d.interpretsId()).orElseThrow(() -> new RuleViolation("content.interprets.not-found", d.interpretsId()));
        boolean isPolicy = sites.column(policy.columnId()).map(c -> c.kind() == ColumnKind.POLICY).orElse(false);
        if (!isPolicy) {
            throw new RuleViolation("content.interprets.not-policy");
        }
        return policy.id();
    }

    /** Every image needs a text alternative for readers who cannot see it. */
    private static void requireAltText(String body) {
        if (body == null) {
            return;
        }
        Matcher img = IMG.matcher(body);
        int n = 0;
        while (img.find()) {
            n++;
            Matcher alt = ALT.matcher(img.group());
            if (!alt.find() || alt.group(1).isBlank()) {
                throw new RuleViolation("content.image.alt-missing", n);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
