package org.zhengwu.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.content.Attachment;
import org.zhengwu.content.ContentCategory;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentVersion;
import org.zhengwu.content.ContentStatus;
import org.zhengwu.content.ContentSummary;
import org.zhengwu.content.ImportedArticle;
import org.zhengwu.content.PolicyMetadata;
import org.zhengwu.content.PublishTime;

/** The content module's tables: content_item, content_version, attachment, index_number_sequence. */
@Repository
public class ContentStore {

    /** Lists order pinned items first, then the newest; the id breaks ties so pages never overlap. */
    public static final String LIST_ORDER = " ORDER BY pinned DESC, published_at DESC, id DESC";

    private static final String ITEM_COLUMNS = "id, site_id, column_id, status, title, subtitle, source, author, "
            + "published_at, summary, body_html, cover_image, external_link, pinned, index_no, issuing_authority, "
            + "document_no, written_date, topic_category, validity, interprets_id, updated_at, category, version_no, latest_version";
    /** The fields a version row has in common with the item row. */
    private static final String VERSION_FIELDS = "column_id, category, title, subtitle, source, author, published_at, summary, "
            + "body_html, cover_image, external_link, pinned, issuing_authority, document_no, written_date, topic_category, "
            + "validity, interprets_id";
    private static final String SUMMARY_COLUMNS = "id, site_id, column_id, title, published_at, pinned, external_link, "
            + "cover_image, summary";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ContentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<ContentItem> item(long id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM content_item WHERE id = ?").param(id)
                .query((rs, i) -> item(rs, attachments(List.of(rs.getLong("id"))).getOrDefault(rs.getLong("id"), List.of())))
                .optional();
    }

    public List<ContentSummary> publishedInColumn(long columnId, int offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM content_item WHERE column_id = ? AND status = 'PUBLISHED'"
                        + LIST_ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(columnId, offset, limit).query(ContentStore::summary).list();
    }

    /** The display dates of the items published now whose date lies in [from, until), per site id. */
    public Map<Long, List<OffsetDateTime>> publishedDatesBySite(OffsetDateTime from, OffsetDateTime until) {
        Map<Long, List<OffsetDateTime>> dates = new java.util.HashMap<>();
        jdbc.sql("SELECT site_id, published_at FROM content_item WHERE status = 'PUBLISHED' AND published_at >= ? "
                        + "AND published_at < ?")
                .params(from, until)
                .query(rs -> {
                    dates.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(rs.getObject(2, OffsetDateTime.class));
                });
        return dates;
    }

    public int countPublishedInColumn(long columnId) {
        return jdbc.sql("SELECT COUNT(*) FROM content_item WHERE column_id = ? AND status = 'PUBLISHED'")
                .param(columnId).query(Integer.class).single();
    }

    public Map<Long, org.zhengwu.content.ColumnActivity> columnActivity(long siteId) {
        return jdbc.sql("SELECT column_id, COUNT(*) AS published, MAX(published_at) AS newest FROM content_item"
                        + " WHERE site_id = ? AND status = 'PUBLISHED' GROUP BY column_id")
                .param(siteId)
                .query((rs, i) -> new org.zhengwu.content.ColumnActivity(rs.getLong("column_id"), rs.getInt("published"),
                        time(rs, "newest")))
                .list().stream().collect(Collectors.toMap(org.zhengwu.content.ColumnActivity::columnId, a -> a));
    }

    /** The published items of a column in list order, ids only: enough to find an item's neighbours and page. */
    public List<Long> publishedIdsInColumn(long columnId) {
        return jdbc.sql("SELECT id FROM content_item WHERE column_id = ? AND status = 'PUBLISHED'" + LIST_ORDER)
                .param(columnId).query(Long.class).list();
    }

    public List<ContentSummary> latestPublishedInColumns(Collection<Long> columnIds, int limit) {
        if (columnIds.isEmpty()) {
            return List.of();
        }
        String in = columnIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM content_item WHERE status = 'PUBLISHED' AND column_id IN (" + in
                        + ") ORDER BY published_at DESC, id DESC FETCH FIRST ? ROWS ONLY")
                .param(limit).query(ContentStore::summary).list();
    }

    public List<ContentSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM content_item WHERE id IN (" + in + ")")
                .query(ContentStore::summary).list();
    }

    public List<ContentSummary> publishedInterpretationsOf(long policyId) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM content_item WHERE interprets_id = ? AND status = 'PUBLISHED'"
                + " ORDER BY published_at DESC, id DESC").param(policyId).query(ContentStore::summary).list();
    }

    /** Items for the console, newest change first, optionally limited to some sites and a column. */
    public List<ContentSummary> forEditors(Collection<Long> siteIds, Long columnId, String titleLike, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM content_item WHERE 1 = 1");
        java.util.ArrayList<Object> params = new java.util.ArrayList<>();
        filters(siteIds, columnId, titleLike, sql, params);
        sql.append(" ORDER BY updated_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(ContentStore::summary).list();
    }

    public int countForEditors(Collection<Long> siteIds, Long columnId, String titleLike) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM content_item WHERE 1 = 1");
        java.util.ArrayList<Object> params = new java.util.ArrayList<>();
        filters(siteIds, columnId, titleLike, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    private static void filters(Collection<Long> siteIds, Long columnId, String titleLike, StringBuilder sql, List<Object> params) {
        if (siteIds != null) {
            sql.append(siteIds.isEmpty() ? " AND 1 = 0" : " AND site_id IN ("
                    + siteIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        }
        if (columnId != null) {
            sql.append(" AND column_id = ?");
            params.add(columnId);
        }
        if (titleLike != null && !titleLike.isBlank()) {
            sql.append(" AND title LIKE ?");
            params.add("%" + titleLike.replace("%", "").replace("_", "") + "%");
        }
    }

    public Map<Long, ContentStatus> statuses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.sql("SELECT id, status FROM content_item WHERE id IN (" + in + ")")
                .query((rs, i) -> Map.entry(rs.getLong(1), ContentStatus.valueOf(rs.getString(2)))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Streams every published item of a column in list order, without holding them all in memory. */
    public void forEachPublishedInColumn(long columnId, Consumer<ContentItem> action) {
        template.query(con -> {
            var ps = con.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM content_item WHERE column_id = ? AND status = 'PUBLISHED'"
                    + LIST_ORDER);
            ps.setLong(1, columnId);
            ps.setFetchSize(200);
            return ps;
        }, rs -> {
            action.accept(item(rs, List.of()));
        });
    }

    public Map<Long, List<Attachment>> attachments(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return Map.of();
        }
        String in = contentIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.sql("SELECT id, content_id, file_name, stored_path, content_type, size_bytes FROM attachment WHERE content_id IN ("
                        + in + ") ORDER BY sort_order, id")
                .query((rs, i) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .list().stream().collect(Collectors.groupingBy(Attachment::contentId));
    }

    /** Content ids among these that have attachments; lets a bulk render skip the attachment query for most items. */
    public java.util.Set<Long> withAttachments(long columnId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT a.content_id FROM attachment a JOIN content_item c ON c.id = a.content_id"
                + " WHERE c.column_id = ?").param(columnId).query(Long.class).list());
    }

    public long insert(long siteId, ContentItem i, String sourceRef, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        PolicyMetadata p = i.policy();
        jdbc.sql("INSERT INTO content_item (site_id, column_id, status, title, subtitle, source, author, published_at, summary, "
                        + "body_html, cover_image, external_link, pinned, index_no, issuing_authority, document_no, written_date, "
                        + "topic_category, validity, interprets_id, source_ref, created_at, updated_at, category, version_no, "
                        + "latest_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(siteId, i.columnId(), i.status().name(), i.title(), i.subtitle(), i.source(), i.author(),
                        i.publishedAt(), i.summary(), i.bodyHtml(), i.coverImage(), i.externalLink(), i.pinned(),
                        p.indexNo(), p.issuingAuthority(), p.documentNo(), p.writtenDate(), p.topicCategory(),
                        p.validity() == null ? null : p.validity().name(), i.interpretsId(), sourceRef, now, now,
                        i.category().name(), i.version(), i.latestVersion())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Inserts many items in one batch (import); every item has been validated first. */
    public void insertBatch(List<ImportedArticle> rows, OffsetDateTime now) {
        template.batchUpdate("INSERT INTO content_item (site_id, column_id, status, title, source, published_at, body_html, "
                + "pinned, source_ref, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows, 500, (ps, r) -> {
            ps.setLong(1, r.siteId());
            ps.setLong(2, r.columnId());
            ps.setString(3, ContentStatus.PUBLISHED.name());
            ps.setString(4, r.title());
            ps.setString(5, r.source());
            ps.setObject(6, r.publishedAt());
            ps.setString(7, r.bodyHtml());
            ps.setBoolean(8, false);
            ps.setString(9, r.sourceRef());
            ps.setObject(10, now);
            ps.setObject(11, now);
        });
    }


    /** Those of these source refs that some item already carries: one query per 500 refs instead of one per ref. */
    public java.util.Set<String> existingSourceRefs(Collection<String> sourceRefs) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> refs = sourceRefs.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < refs.size(); from += 500) {
            List<String> chunk = refs.subList(from, Math.min(refs.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            found.addAll(jdbc.sql("SELECT source_ref FROM content_item WHERE source_ref IN (" + marks + ")")
                    .params(chunk).query(String.class).list());
        }
        return found;
    }

    /** Writes these fields into the item row: the version they are becomes what the item row holds. */
    public void update(ContentItem i, OffsetDateTime now) {
        PolicyMetadata p = i.policy();
        jdbc.sql("UPDATE content_item SET column_id = ?, title = ?, subtitle = ?, source = ?, author = ?, published_at = ?, "
                        + "summary = ?, body_html = ?, cover_image = ?, external_link = ?, pinned = ?, issuing_authority = ?, "
                        + "document_no = ?, written_date = ?, topic_category = ?, validity = ?, interprets_id = ?, updated_at = ?, "
                        + "category = ?, version_no = ?, latest_version = ? WHERE id = ?")
                .params(i.columnId(), i.title(), i.subtitle(), i.source(), i.author(), i.publishedAt(), i.summary(),
                        i.bodyHtml(), i.coverImage(), i.externalLink(), i.pinned(), p.issuingAuthority(), p.documentNo(),
                        p.writtenDate(), p.topicCategory(), p.validity() == null ? null : p.validity().name(),
                        i.interpretsId(), now, i.category().name(), i.version(), i.latestVersion(), i.id())
                .update();
    }

    /** A new version was saved while the item row keeps the published edition. */
    public void setLatestVersion(long id, int latest, OffsetDateTime now) {
        jdbc.sql("UPDATE content_item SET latest_version = ?, updated_at = ? WHERE id = ?").params(latest, now, id).update();
    }

    // ------------------------------------------------------------------ versions

    public boolean hasVersions(long itemId) {
        return jdbc.sql("SELECT COUNT(*) FROM content_version WHERE item_id = ?").param(itemId).query(Long.class).single() > 0;
    }

    public void insertVersion(ContentItem i, OffsetDateTime savedAt, Long savedById, String savedByName) {
        PolicyMetadata p = i.policy();
        jdbc.sql("INSERT INTO content_version (item_id, version_no, saved_at, saved_by_id, saved_by_name, " + VERSION_FIELDS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(i.id(), i.version(), savedAt, savedById, savedByName, i.columnId(), i.category().name(), i.title(),
                        i.subtitle(), i.source(), i.author(), i.publishedAt(), i.summary(), i.bodyHtml(), i.coverImage(),
                        i.externalLink(), i.pinned(), p.issuingAuthority(), p.documentNo(), p.writtenDate(), p.topicCategory(),
                        p.validity() == null ? null : p.validity().name(), i.interpretsId())
                .update();
    }

    /**
     * The item's versions, oldest first, each with the item's site, status and index number. An item nobody has saved
     * since it was imported has one: its item row as version 1.
     */
    public List<ContentVersion> versions(long itemId) {
        return item(itemId).map(item -> {
            List<ContentVersion> rows = jdbc.sql("SELECT item_id, version_no, saved_at, saved_by_id, saved_by_name, "
                            + VERSION_FIELDS + " FROM content_version WHERE item_id = ? ORDER BY version_no")
                    .param(itemId).query((rs, n) -> version(rs, item)).list();
            return rows.isEmpty() ? List.of(new ContentVersion(itemId, item.version(), item.updatedAt(), null, null, item)) : rows;
        }).orElse(List.of());
    }

    public Optional<ContentVersion> version(long itemId, int number) {
        return item(itemId).flatMap(item -> {
            Optional<ContentVersion> row = jdbc.sql("SELECT item_id, version_no, saved_at, saved_by_id, saved_by_name, "
                            + VERSION_FIELDS + " FROM content_version WHERE item_id = ? AND version_no = ?")
                    .params(itemId, number).query((rs, n) -> version(rs, item)).optional();
            if (row.isEmpty() && number == item.version() && !hasVersions(itemId)) {
                return Optional.of(new ContentVersion(itemId, number, item.updatedAt(), null, null, item));
            }
            return row;
        });
    }

    /** The staff accounts that saved any version of the item. */
    public java.util.Set<Long> versionAuthors(long itemId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT saved_by_id FROM content_version WHERE item_id = ? AND saved_by_id IS NOT NULL")
                .param(itemId).query(Long.class).list());
    }

    private static ContentVersion version(ResultSet rs, ContentItem item) throws SQLException {
        String validity = rs.getString("validity");
        java.sql.Date written = rs.getDate("written_date");
        int number = rs.getInt("version_no");
        ContentItem content = new ContentItem(item.id(), item.siteId(), rs.getLong("column_id"), item.status(),
                rs.getString("title"), rs.getString("subtitle"), rs.getString("source"), rs.getString("author"),
                time(rs, "published_at"), rs.getString("summary"), rs.getString("body_html"), rs.getString("cover_image"),
                rs.getString("external_link"), rs.getBoolean("pinned"),
                new PolicyMetadata(item.policy().indexNo(), rs.getString("issuing_authority"), rs.getString("document_no"),
                        written == null ? null : written.toLocalDate(), rs.getString("topic_category"),
                        validity == null ? null : PolicyMetadata.Validity.valueOf(validity)),
                (Long) rs.getObject("interprets_id", Long.class), item.attachments(), time(rs, "saved_at"),
                ContentCategory.valueOf(rs.getString("category")), number, item.latestVersion());
        return new ContentVersion(item.id(), number, time(rs, "saved_at"), (Long) rs.getObject("saved_by_id", Long.class),
                rs.getString("saved_by_name"), content);
    }

    public void setStatus(long id, ContentStatus status, OffsetDateTime now) {
        jdbc.sql("UPDATE content_item SET status = ?, updated_at = ? WHERE id = ?").params(status.name(), now, id).update();
    }

    public void setIndexNo(long id, String indexNo) {
        jdbc.sql("UPDATE content_item SET index_no = ? WHERE id = ?").params(indexNo, id).update();
    }

    /** The next running number of a site's disclosure index for a year; the row lock serializes concurrent publishers. */
    public int nextIndexSequence(long siteId, int year) {
        int updated = jdbc.sql("UPDATE index_number_sequence SET last_value = last_value + 1 WHERE site_id = ? AND seq_year = ?")
                .params(siteId, year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO index_number_sequence (site_id, seq_year, last_value) VALUES (?, ?, 1)").params(siteId, year).update();
            return 1;
        }
        return jdbc.sql("SELECT last_value FROM index_number_sequence WHERE site_id = ? AND seq_year = ?")
                .params(siteId, year).query(Integer.class).single();
    }

    public long addAttachment(long contentId, String fileName, String path, String contentType, long size) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attachment (content_id, file_name, stored_path, content_type, size_bytes, sort_order) "
                        + "VALUES (?,?,?,?,?,(SELECT COUNT(*) FROM attachment WHERE content_id = ?))")
                .params(contentId, fileName, path, contentType, size, contentId).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void removeAttachment(long contentId, long attachmentId) {
        jdbc.sql("DELETE FROM attachment WHERE id = ? AND content_id = ?").params(attachmentId, contentId).update();
    }

    /** The uploader's name of the attachment stored at this public path, for the download's file name. */
    public Optional<String> attachmentFileName(String path) {
        return jdbc.sql("SELECT file_name FROM attachment WHERE stored_path = ? ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param(path).query(String.class).optional();
    }

    private static ContentSummary summary(ResultSet rs, int row) throws SQLException {
        return new ContentSummary(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("column_id"), rs.getString("title"),
                time(rs, "published_at"), rs.getBoolean("pinned"), rs.getString("external_link"),
                rs.getString("cover_image"), rs.getString("summary"));
    }

    static ContentItem item(ResultSet rs, List<Attachment> attachments) throws SQLException {
        String validity = rs.getString("validity");
        java.sql.Date written = rs.getDate("written_date");
        LocalDate writtenDate = written == null ? null : written.toLocalDate();
        return new ContentItem(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("column_id"),
                ContentStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("subtitle"),
                rs.getString("source"), rs.getString("author"), time(rs, "published_at"), rs.getString("summary"),
                rs.getString("body_html"), rs.getString("cover_image"), rs.getString("external_link"),
                rs.getBoolean("pinned"),
                new PolicyMetadata(rs.getString("index_no"), rs.getString("issuing_authority"), rs.getString("document_no"),
                        writtenDate, rs.getString("topic_category"),
                        validity == null ? null : PolicyMetadata.Validity.valueOf(validity)),
                (Long) rs.getObject("interprets_id", Long.class), attachments, time(rs, "updated_at"),
                ContentCategory.valueOf(rs.getString("category")), rs.getInt("version_no"), rs.getInt("latest_version"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(PublishTime.CHINA).toOffsetDateTime();
    }

}
