package org.zhengwu;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the stored audit records of one action and target, as the tests of the modules that write them need. */
public final class AuditRecords {

    /** One stored record, in the columns a test asserts on. */
    public record Row(long seq, Long actorId, String actorName, String actorRole, String action, String outcome,
                      String targetType, String targetId, Long unitId, String detail) {
    }

    private final JdbcClient jdbc;

    public AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of this action on this target (any target when null), oldest first. */
    public List<Row> of(String action, Object targetId) {
        return jdbc.sql("SELECT seq, actor_id, actor_name, actor_role, action, outcome, target_type, target_id, unit_id, detail "
                        + "FROM audit_record WHERE action = ? AND (CAST(? AS VARCHAR(64)) IS NULL OR target_id = ?) ORDER BY seq")
                .params(action, targetId == null ? null : String.valueOf(targetId), targetId == null ? null : String.valueOf(targetId))
                .query(Row.class).list();
    }

    public Optional<Row> last(String action, Object targetId) {
        List<Row> rows = of(action, targetId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    /** The newest record's sequence number: a test compares it before and after a refused request. */
    public long lastSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_record").query(Long.class).single();
    }

    /** The records appended after this sequence number. */
    public List<Row> since(long seq) {
        return jdbc.sql("SELECT seq, actor_id, actor_name, actor_role, action, outcome, target_type, target_id, unit_id, detail "
                + "FROM audit_record WHERE seq > ? ORDER BY seq").param(seq).query(Row.class).list();
    }
}
