package org.zhengwu.content.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.content.PublishedText;

/** Reads of content_item and content_version for figures over a period. */
@Repository
public class PublicationStore {

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublishedText> published(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                        SELECT i.id, i.site_id, i.column_id, i.title, i.published_at, i.body_html,
                               v.saved_by_id, v.saved_by_name
                        FROM content_item i LEFT JOIN content_version v ON v.item_id = i.id AND v.version_no = 1
                        WHERE i.status = 'PUBLISHED' AND i.published_at >= ? AND i.published_at < ?
                        ORDER BY i.published_at, i.id""")
                .params(from, to)
                .query((rs, n) -> new PublishedText(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("column_id"),
                        rs.getString("title"), rs.getObject("published_at", OffsetDateTime.class),
                        (Long) rs.getObject("saved_by_id", Long.class), rs.getString("saved_by_name"),
                        rs.getString("body_html")))
                .list();
    }

    public Map<Long, Long> countByColumn(OffsetDateTime from, OffsetDateTime to) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT column_id, COUNT(*) AS n FROM content_item WHERE status = 'PUBLISHED' AND published_at >= ? "
                        + "AND published_at < ? GROUP BY column_id")
                .params(from, to)
                .query(rs -> {
                    counts.put(rs.getLong("column_id"), rs.getLong("n"));
                });
        return counts;
    }
}
