package org.zhengwu.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengwu.audit.internal.AuditStore;

/**
 * What an administrator with write access to the database (and without the seal key) can do to the audit log, and
 * the undoing of it, so that a test leaves the shared log as it found it.
 */
final class ChainTampering {

    /** The rows from a sequence number on, and the head, as they were. */
    record Snapshot(long from, List<AuditRecord> rows, AuditStore.Head head) {
    }

    private final JdbcClient jdbc;
    private final AuditStore store;

    ChainTampering(JdbcClient jdbc, AuditStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    Snapshot snapshot(long from) {
        return new Snapshot(from, store.after(from - 1, Integer.MAX_VALUE), store.head());
    }

    /** Puts the rows from the snapshot's first one on and the head back as they were; later rows go. */
    void restore(Snapshot s) {
        jdbc.sql("DELETE FROM audit_record WHERE seq >= ?").param(s.from()).update();
        for (AuditRecord r : s.rows()) {
            insert(r);
        }
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, last_mac = ? WHERE id = 1")
                .params(s.head().lastSeq(), s.head().lastHash(), s.head().lastMac()).update();
    }

    /** Changes one record's detail and recomputes every plain SHA-256 hash from it to the head, as the old chain allowed. */
    void rewrite(long seq, String detail) {
        String prev = null;
        for (AuditRecord r : store.after(seq - 1, Integer.MAX_VALUE)) {
            AuditRecord changed = new AuditRecord(r.seq(), r.occurredAt(), r.actorId(), r.actorName(), r.actorRole(),
                    r.remoteAddress(), r.action(), r.outcome(), r.targetType(), r.targetId(), r.unitId(),
                    r.seq() == seq ? detail : r.detail(), prev == null ? r.prevHash() : prev, null, r.seal(), r.mac());
            prev = changed.computeHash();
            jdbc.sql("UPDATE audit_record SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?")
                    .params(changed.detail(), changed.prevHash(), prev, r.seq()).update();
        }
        jdbc.sql("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1").param(prev).update();
    }

    /** Removes every record after {@code seq} and moves the head back to that record: the remaining chain is intact. */
    void truncateAfter(long seq) {
        AuditRecord last = store.after(seq - 1, 1).get(0);
        jdbc.sql("DELETE FROM audit_record WHERE seq > ?").param(seq).update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, last_mac = ? WHERE id = 1")
                .params(last.seq(), last.hash(), last.mac()).update();
    }

    /** Removes the seals of every record and of the head, as they were before the keyed seal existed. */
    void removeSeals() {
        jdbc.sql("UPDATE audit_record SET seal = NULL, mac = NULL").update();
        jdbc.sql("UPDATE audit_chain_head SET last_mac = NULL WHERE id = 1").update();
    }

    void insert(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit_record (seq, occurred_at, actor_id, actor_name, actor_role, remote_address, action,
                    outcome, target_type, target_id, unit_id, detail, prev_hash, hash, seal, mac)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.seq(), r.occurredAt(), r.actorId(), r.actorName(), r.actorRole(), r.remoteAddress(),
                        r.action(), r.outcome().name(), r.targetType(), r.targetId(), r.unitId(), r.detail(),
                        r.prevHash(), r.hash(), r.seal(), r.mac())
                .update();
    }
}
