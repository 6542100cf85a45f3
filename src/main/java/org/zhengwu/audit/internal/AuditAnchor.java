package org.zhengwu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.crypto.SigningKey;

/**
 * A signed anchor of the audit chain's head: which record was the last one, its MAC, when, and a signature over
 * these lines with the anchor key (SM2 or ECDSA P-256). A small text file the audit administrator keeps outside the
 * system; uploaded back later, it shows whether the log still holds that record as it was.
 *
 * <pre>
 * format: zhengwu-audit-anchor/1
 * seq: 1234
 * mac: 64 hex digits
 * seal: hmac-sm3:1a2b3c4d
 * time: 2026-12-07T22:41:00+08:00
 * signature-algorithm: sm2
 * signing-key: 16 hex digits (the public key's fingerprint)
 * signature: base64 of the DER signature over the lines above, each ended by a line feed
 * </pre>
 */
record AuditAnchor(long seq, String mac, String seal, OffsetDateTime time, SigningKey.Algorithm algorithm,
                   String signingKey, byte[] signature) {

    static final String FORMAT = "zhengwu-audit-anchor/1";
    /** Far larger than any anchor: a bigger upload is not read at all. */
    static final int MAX_BYTES = 4096;

    /** The lines the signature covers. */
    String signedText() {
        return "format: " + FORMAT + "\n"
                + "seq: " + seq + "\n"
                + "mac: " + mac + "\n"
                + "seal: " + seal + "\n"
                + "time: " + time + "\n"
                + "signature-algorithm: " + algorithm.code() + "\n"
                + "signing-key: " + signingKey + "\n";
    }

    byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }

    /** The file as downloaded: a comment saying what it is, the signed lines, the signature. */
    String file() {
        return "# 政务平台审计日志锚点：审计日志第 " + seq + " 条（当时的最后一条）的封存值及其签名。请保存在系统之外，日后上传以核对日志。\n"
                + signedText() + "signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    AuditAnchor signedWith(SigningKey key) {
        AuditAnchor unsigned = new AuditAnchor(seq, mac, seal, time, key.algorithm(), key.keyId(), new byte[0]);
        return new AuditAnchor(seq, mac, seal, time, key.algorithm(), key.keyId(), key.sign(unsigned.signedBytes()));
    }

    /** Reads an uploaded anchor; a file that is not one is refused with what is wrong (the signature is checked apart). */
    static AuditAnchor parse(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new RuleViolation("audit.anchor.no-file");
        }
        if (upload.length > MAX_BYTES) {
            throw new RuleViolation("audit.anchor.not-anchor");
        }
        Map<String, String> fields = new HashMap<>();
        for (String line : new String(upload, StandardCharsets.UTF_8).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#") || colon < 0) {
                continue;
            }
            fields.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        if (!FORMAT.equals(fields.get("format"))) {
            throw new RuleViolation("audit.anchor.not-anchor");
        }
        try {
            long seq = Long.parseLong(required(fields, "seq"));
            String mac = required(fields, "mac");
            if (seq < 1 || !mac.matches("[0-9a-f]{64}")) {
                throw new RuleViolation("audit.anchor.damaged", "seq/mac");
            }
            SigningKey.Algorithm algorithm = SigningKey.Algorithm.ofCode(required(fields, "signature-algorithm"));
            if (algorithm == null) {
                throw new RuleViolation("audit.anchor.damaged", "signature-algorithm");
            }
            return new AuditAnchor(seq, mac, required(fields, "seal"), OffsetDateTime.parse(required(fields, "time")),
                    algorithm, required(fields, "signing-key"), Base64.getDecoder().decode(required(fields, "signature")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new RuleViolation("audit.anchor.damaged", e instanceof NumberFormatException ? "seq" : "time");
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("audit.anchor.damaged", "signature");
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null || v.isEmpty()) {
            throw new RuleViolation("audit.anchor.damaged", name);
        }
        return v;
    }
}
