package org.zhengwu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One stored audit record. Its hash covers every field and the previous record's hash, so changing any stored value,
 * or removing or reordering a record, breaks the chain from that point on. Anyone who can write the database can
 * recompute such hashes, though: the record's {@code mac} is a keyed MAC over the same fields, its {@code seal} label
 * ({@code hmac-sm3:KEYID}) and the previous record's MAC, made with a key kept outside the database, so a record
 * changed without the key is named even when every plain hash after it was recomputed.
 */
public record AuditRecord(long seq, OffsetDateTime occurredAt, Long actorId, String actorName, String actorRole,
                          String remoteAddress, String action, Outcome outcome, String targetType, String targetId,
                          Long unitId, String detail, String prevHash, String hash, String seal, String mac) {

    public enum Outcome { DONE, REFUSED }

    /** The hash a record with these fields must carry; the time is taken to the microsecond, as both databases keep it. */
    public String computeHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the keyed MAC covers: every field and the previous hash (as the hash does), the seal's label, the previous MAC. */
    public String sealedText(String prevMac) {
        return canonical() + '\u001f' + seal + '\u001f' + prevMac;
    }

    private String canonical() {
        return new StringBuilder(256)
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
                .append(prevHash).toString();
    }

    /** The same record at another place in the chain (records are numbered when their transaction commits). */
    AuditRecord at(long seq) {
        return new AuditRecord(seq, occurredAt, actorId, actorName, actorRole, remoteAddress, action, outcome,
                targetType, targetId, unitId, detail, prevHash, hash, seal, mac);
    }

    /** The record chained after {@code prev} (hash) and {@code prevMac}, sealed under {@code label} with {@code macOf}. */
    public AuditRecord chained(String prev, String prevMac, String label, java.util.function.UnaryOperator<String> macOf) {
        AuditRecord r = new AuditRecord(seq, occurredAt, actorId, actorName, actorRole, remoteAddress, action, outcome,
                targetType, targetId, unitId, detail, prev, null, label, null);
        String h = r.computeHash();
        return new AuditRecord(seq, occurredAt, actorId, actorName, actorRole, remoteAddress, action, outcome,
                targetType, targetId, unitId, detail, prev, h, label, macOf.apply(r.sealedText(prevMac)));
    }

    /** This record with a seal added (records written before the keyed seal existed are sealed once, unchanged). */
    public AuditRecord sealed(String label, String macValue) {
        return new AuditRecord(seq, occurredAt, actorId, actorName, actorRole, remoteAddress, action, outcome,
                targetType, targetId, unitId, detail, prevHash, hash, label, macValue);
    }
}
