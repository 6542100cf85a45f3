package org.zhengwu.content;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.internal.ContentStore;

/** Reads content for rendering and for the console. */
@Service
@Transactional(readOnly = true)
public class ContentQueries {

    private final ContentStore store;

    ContentQueries(ContentStore store) {
        this.store = store;
    }

    /** The item as the public pages show it: the published edition of a published item, else its latest version. */
    public Optional<ContentItem> item(long id) {
        return store.item(id);
    }

    /** The item as it was last saved (a new version of a published item may be under review), with its attachments. */
    public Optional<ContentItem> latestVersion(long id) {
        return store.item(id).flatMap(item -> store.version(id, item.latestVersion()).map(ContentVersion::content));
    }

    public Optional<ContentVersion> version(long itemId, int number) {
        return store.version(itemId, number);
    }

    /** Every saved version of the item, oldest first. */
    public List<ContentVersion> versions(long itemId) {
        return store.versions(itemId);
    }

    /** The staff accounts that saved any version of the item (whose own review a chain may forbid). */
    public Set<Long> versionAuthors(long itemId) {
        return store.versionAuthors(itemId);
    }

    public Optional<ContentItem> publishedItem(long id) {
        return store.item(id).filter(ContentItem::isPublished);
    }

    /** One page of a column's public list: pinned first, then newest first. */
    public List<ContentSummary> publishedPage(long columnId, int offset, int limit) {
        return store.publishedInColumn(columnId, offset, limit);
    }

    /** Each column of the site that has published items: how many and the newest date (columns without any are absent). */
    public Map<Long, ColumnActivity> columnActivity(long siteId) {
        return store.columnActivity(siteId);
    }

    /**
     * The dates shown to readers of the items online now whose date lies in [from, until), per site id: what the
     * supervision's unit duties and scores count as a unit's publishing.
     */
    public Map<Long, List<OffsetDateTime>> publishedDatesBySite(OffsetDateTime from, OffsetDateTime until) {
        return store.publishedDatesBySite(from, until);
    }

    public int countPublished(long columnId) {
        return store.countPublishedInColumn(columnId);
    }

    /** The ids of a column's published items in list order. */
    public List<Long> publishedOrder(long columnId) {
        return store.publishedIdsInColumn(columnId);
    }

    /** The newest published items of any of these columns, newest first (home pages, portal blocks). */
    public List<ContentSummary> latest(Collection<Long> columnIds, int limit) {
        return store.latestPublishedInColumns(columnIds, limit);
    }

    public List<ContentSummary> summaries(Collection<Long> ids) {
        return store.summaries(ids);
    }

    /** Published interpretations that explain this policy document. */
    public List<ContentSummary> interpretationsOf(long policyId) {
        return store.publishedInterpretationsOf(policyId);
    }

    public Map<Long, ContentStatus> statuses(Collection<Long> ids) {
        return store.statuses(ids);
    }

    /** Every published item of a column in list order, streamed (attachments not loaded: see {@link #attachments}). */
    public void forEachPublished(long columnId, Consumer<ContentItem> action) {
        store.forEachPublishedInColumn(columnId, action);
    }

    public Map<Long, List<Attachment>> attachments(Collection<Long> itemIds) {
        return store.attachments(itemIds);
    }

    public Set<Long> itemsWithAttachments(long columnId) {
        return store.withAttachments(columnId);
    }

    /** Items for the console; {@code siteIds} null means every site. */
    public List<ContentSummary> forEditors(Collection<Long> siteIds, Long columnId, String titleLike, int offset, int limit) {
        return store.forEditors(siteIds, columnId, titleLike, offset, limit);
    }

    public int countForEditors(Collection<Long> siteIds, Long columnId, String titleLike) {
        return store.countForEditors(siteIds, columnId, titleLike);
    }

    /** The uploader's file name of the attachment stored at {@code /uploads/...}, if it is one. */
    public Optional<String> attachmentFileName(String path) {
        return store.attachmentFileName(path);
    }
}
