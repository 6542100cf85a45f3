package org.zhengwu.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.audit.AuditRecord;

/** The audit tables. There is no update or delete here: records are only ever appended. */
@Repository
public class AuditStore {

    private static final RowMapper<AuditRecord> ROW = (rs, n) -> new AuditRecord(rs.getLong("seq"),
            rs.getObject("occurred_at", OffsetDateTime.class), (Long) rs.getObject("actor_id", Long.class),
            rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("remote_address"),
            rs.getString("action"), AuditRecord.Outcome.valueOf(rs.getString("outcome")), rs.getString("target_type"),
            rs.getString("target_id"), (Long) rs.getObject("unit_id", Long.class), rs.getString("detail"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the chain head until the caller's transaction ends and returns {last_seq, last_hash}. */
    public Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public void append(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit_record (seq, occurred_at, actor_id, actor_name, actor_role, remote_address, action,
                    outcome, target_type, target_id, unit_id, detail, prev_hash, hash)
                VALUES (:seq, :at, :actorId, :actorName, :actorRole, :remote, :action, :outcome, :targetType,
                    :targetId, :unitId, :detail, :prev, :hash)""")
                .param("seq", r.seq()).param("at", r.occurredAt()).param("actorId", r.actorId())
                .param("actorName", r.actorName()).param("actorRole", r.actorRole())
                .param("remote", r.remoteAddress()).param("action", r.action()).param("outcome", r.outcome().name())
                .param("targetType", r.targetType()).param("targetId", r.targetId()).param("unitId", r.unitId())
                .param("detail", r.detail()).param("prev", r.prevHash()).param("hash", r.hash())
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", r.seq()).param("hash", r.hash()).update();
    }

    /** Every record in chain order, one at a time (the chain check reads all of them without holding them). */
    public void forEachInOrder(Consumer<AuditRecord> each) {
        jdbc.sql("SELECT * FROM audit_record ORDER BY seq").query(ROW).stream().forEach(each);
    }

    public List<AuditRecord> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_record ORDER BY seq DESC FETCH FIRST :n ROWS ONLY")
                .param("n", limit).query(ROW).list();
    }

    public Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public static final String GENESIS = "0".repeat(64);

    public record Head(long lastSeq, String lastHash) {
    }
}
