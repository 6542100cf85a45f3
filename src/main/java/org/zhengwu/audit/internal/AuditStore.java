package org.zhengwu.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.audit.AuditFilter;
import org.zhengwu.audit.AuditRecord;

/** The audit tables. There is no update or delete here: records are only ever appended. */
@Repository
public class AuditStore {

    private static final RowMapper<AuditRecord> ROW = (rs, n) -> new AuditRecord(rs.getLong("seq"),
            rs.getObject("occurred_at", OffsetDateTime.class), (Long) rs.getObject("actor_id", Long.class),
            rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("remote_address"),
            rs.getString("action"), AuditRecord.Outcome.valueOf(rs.getString("outcome")), rs.getString("target_type"),
            rs.getString("target_id"), (Long) rs.getObject("unit_id", Long.class), rs.getString("detail"),
            rs.getString("prev_hash"), rs.getString("hash"), rs.getString("seal"), rs.getString("mac"));

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final RowMapper<Head> HEAD = (rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3));

    /** Locks the chain head until the caller's transaction ends and returns it. */
    public Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash, last_mac FROM audit_chain_head WHERE id = 1 FOR UPDATE").query(HEAD).single();
    }

    /** Appends records already numbered and chained after the locked head, and moves the head to the last of them. */
    public void append(List<AuditRecord> records) {
        for (AuditRecord r : records) {
            insert(r);
        }
        AuditRecord last = records.get(records.size() - 1);
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash, last_mac = :mac WHERE id = 1")
                .param("seq", last.seq()).param("hash", last.hash()).param("mac", last.mac()).update();
    }

    /**
     * Adds the seal to records written before it existed (their other columns stay as they are); only to records
     * that have no seal yet.
     */
    public void addSeals(List<AuditRecord> records) {
        for (AuditRecord r : records) {
            jdbc.sql("UPDATE audit_record SET seal = ?, mac = ? WHERE seq = ? AND mac IS NULL")
                    .params(r.seal(), r.mac(), r.seq()).update();
        }
    }

    /** Sets the head's MAC once the records up to it are sealed. */
    public void sealHead(String lastMac) {
        jdbc.sql("UPDATE audit_chain_head SET last_mac = ? WHERE id = 1").param(lastMac).update();
    }

    /** Up to {@code limit} records after {@code seq}, in chain order. */
    public List<AuditRecord> after(long seq, int limit) {
        return jdbc.sql("SELECT * FROM audit_record WHERE seq > ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")
                .param(seq).query(ROW).list();
    }

    private void insert(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit_record (seq, occurred_at, actor_id, actor_name, actor_role, remote_address, action,
                    outcome, target_type, target_id, unit_id, detail, prev_hash, hash, seal, mac)
                VALUES (:seq, :at, :actorId, :actorName, :actorRole, :remote, :action, :outcome, :targetType,
                    :targetId, :unitId, :detail, :prev, :hash, :seal, :mac)""")
                .param("seq", r.seq()).param("at", r.occurredAt()).param("actorId", r.actorId())
                .param("actorName", r.actorName()).param("actorRole", r.actorRole())
                .param("remote", r.remoteAddress()).param("action", r.action()).param("outcome", r.outcome().name())
                .param("targetType", r.targetType()).param("targetId", r.targetId()).param("unitId", r.unitId())
                .param("detail", r.detail()).param("prev", r.prevHash()).param("hash", r.hash())
                .param("seal", r.seal()).param("mac", r.mac()).update();
    }

    /**
     * The records in chain order, one at a time, for as long as {@code each} answers true (the chain check reads all
     * of them without holding them, and stops at the first broken one).
     */
    public void forEachInOrder(Predicate<AuditRecord> each) {
        try (Stream<AuditRecord> rows = jdbc.sql("SELECT * FROM audit_record ORDER BY seq").withFetchSize(500).query(ROW).stream()) {
            Iterator<AuditRecord> it = rows.iterator();
            while (it.hasNext() && each.test(it.next())) {
                // each record is looked at by the predicate
            }
        }
    }

    /** The highest sequence number stored, 0 when the log is empty (the head may say otherwise when tampered with). */
    public long lastStoredSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_record").query(Long.class).single();
    }

    public List<AuditRecord> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_record ORDER BY seq DESC FETCH FIRST :n ROWS ONLY")
                .param("n", limit).query(ROW).list();
    }

    /** A page of the records matching the filter, newest first. */
    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        Where w = where(filter);
        return jdbc.sql("SELECT * FROM audit_record" + w.sql + " ORDER BY seq DESC OFFSET " + offset
                        + " ROWS FETCH FIRST " + limit + " ROWS ONLY")
                .params(w.params).query(ROW).list();
    }

    public long count(AuditFilter filter) {
        Where w = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_record" + w.sql).params(w.params).query(Long.class).single();
    }

    /** The records matching the filter in chain order, one at a time (an export does not hold them all). */
    public void forEachMatching(AuditFilter filter, Consumer<AuditRecord> each) {
        Where w = where(filter);
        try (Stream<AuditRecord> rows = jdbc.sql("SELECT * FROM audit_record" + w.sql + " ORDER BY seq")
                .params(w.params).withFetchSize(500).query(ROW).stream()) {
            rows.forEach(each);
        }
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** Only the filters the audit page offers, each a bound parameter. */
    private static Where where(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.from() != null) {
            parts.add("occurred_at >= :from");
            params.put("from", f.from().atStartOfDay(CHINA).toOffsetDateTime());
        }
        if (f.to() != null) {
            parts.add("occurred_at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        }
        if (f.actor() != null) {
            parts.add("LOWER(actor_name) LIKE :actor ESCAPE '\\'");
            params.put("actor", "%" + like(f.actor().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.action() != null) {
            parts.add("action LIKE :action ESCAPE '\\'");
            params.put("action", like(f.action()) + "%");
        }
        if (f.unitId() != null) {
            parts.add("unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.outcome() != null) {
            parts.add("outcome = :outcome");
            params.put("outcome", f.outcome().name());
        }
        return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public Head head() {
        return jdbc.sql("SELECT last_seq, last_hash, last_mac FROM audit_chain_head WHERE id = 1").query(HEAD).single();
    }

    public static final String GENESIS = "0".repeat(64);

    /** The chain head: the last record's number, hash and MAC (null before the chain was first sealed). */
    public record Head(long lastSeq, String lastHash, String lastMac) {
    }
}
