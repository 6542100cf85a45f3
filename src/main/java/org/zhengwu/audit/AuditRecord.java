package org.zhengwu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One stored audit record. Its hash covers every field and the previous record's hash, so changing any stored value,
 * or removing or reordering a record, breaks the chain from that point on.
 */
public record AuditRecord(long seq, OffsetDateTime occurredAt, Long actorId, String actorName, String actorRole,
                          String remoteAddress, String action, Outcome outcome, String targetType, String targetId,
                          Long unitId, String detail, String prevHash, String hash) {

    public enum Outcome { DONE, REFUSED }

    /** The hash a record with these fields must carry; the time is taken to the microsecond, as both databases keep it. */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder(256)
                .append(seq).append('\u001f')
                .append(occurredAt.toInstant().truncatedTo(ChronoUnit.MICROS)).append('\u001f')
                .append(actorId).append('\u001f')
                .append(actorName).append('\u001f')
                .append(actorRole).append('\u001f')
                .append(remoteAddress).append('\u001f')
                .append(action).append('\u001f')
                .append(outcome).append('\u001f')
                .append(targetType).append('\u001f')
                .append(targetId).append('\u001f')
                .append(unitId).append('\u001f')
                .append(detail).append('\u001f')
                .append(prevHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same record at another place in the chain (records are numbered when their transaction commits). */
    AuditRecord at(long seq) {
        return new AuditRecord(seq, occurredAt, actorId, actorName, actorRole, remoteAddress, action, outcome,
                targetType, targetId, unitId, detail, prevHash, hash);
    }

    AuditRecord withHash(String prev) {
        AuditRecord r = new AuditRecord(seq, occurredAt, actorId, actorName, actorRole, remoteAddress, action, outcome,
                targetType, targetId, unitId, detail, prev, null);
        return new AuditRecord(seq, occurredAt, actorId, actorName, actorRole, remoteAddress, action, outcome,
                targetType, targetId, unitId, detail, prev, r.computeHash());
    }
}
