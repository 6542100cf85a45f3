package org.zhengwu.operations.internal.metrics;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The publishing queue as it is kept: the event publication log (Spring Modulith's table, no module's own), where
 * every publish request and other after-commit work stays until its listener has done it. Counted over the index on
 * completion_date; publishing's own listeners are told apart by their id, which names their class.
 */
@Component
public class EventQueue {

    /** Unfinished work, the publishing module's part of it, and when the oldest unfinished publish request came. */
    public record Depth(long unfinished, long publishing, OffsetDateTime oldestPublishing) {
    }

    private final JdbcClient jdbc;

    EventQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Depth depth() {
        return jdbc.sql("SELECT COUNT(*), SUM(CASE WHEN listener_id LIKE 'org.zhengwu.publishing.%' THEN 1 ELSE 0 END), "
                        + "MIN(CASE WHEN listener_id LIKE 'org.zhengwu.publishing.%' THEN publication_date END) "
                        + "FROM event_publication WHERE completion_date IS NULL")
                .query((rs, n) -> new Depth(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
                .single();
    }
}
