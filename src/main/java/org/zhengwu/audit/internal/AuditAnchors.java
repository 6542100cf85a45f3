package org.zhengwu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.audit.ChainBreak;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.SigningKey;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * Signed anchors of the audit chain's head, for the audit administrator alone. An anchor taken at intervals and kept
 * outside the system catches what the chain itself cannot: records removed from the end together with the head moved
 * back (the remaining chain is intact), or a log rewritten by someone who also took the seal key. Exporting and
 * checking are both audited.
 */
@Service
public class AuditAnchors {

    /** What a check found. */
    public enum Verdict {
        /** every record up to the anchor's is as it was, and so is the rest of the log */
        INTACT,
        /** every record up to the anchor's is as it was, but a later one is not ({@code differs} names it) */
        LATER_BROKEN,
        /** the log no longer holds the anchor's records as they were; {@code differs} names the first that differs */
        DIFFERS,
        /** records from the end of the log were removed: it ends at {@code lastSeq}, before the anchor's record */
        TRUNCATED
    }

    /**
     * @param anchorSeq the record the anchor names
     * @param anchorTime when the anchor was taken
     * @param lastSeq the last record the log holds now
     * @param differs the first record that is not as written (DIFFERS, LATER_BROKEN), else 0
     * @param problem why that record is named, or null
     */
    public record Check(Verdict verdict, long anchorSeq, OffsetDateTime anchorTime, long lastSeq, long differs,
                        ChainBreak.Problem problem) {
    }

    /** A downloadable anchor: its file name and content. */
    public record Download(String fileName, byte[] content) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AuditStore store;
    private final AuditKeys keys;
    private final AuditTrail trail;
    private final UnitScope scope;
    private final Clock clock;

    AuditAnchors(AuditStore store, AuditKeys keys, AuditTrail trail, UnitScope scope, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.trail = trail;
        this.scope = scope;
        this.clock = clock;
    }

    /** The algorithm and public key anchors are signed with, for the page (so it can be verified by others too). */
    public SigningKey signingKey() {
        scope.requireRole(StaffRole.AUDIT_ADMINISTRATOR);
        return keys.signer();
    }

    /**
     * An anchor of the current chain head, signed. Refused when the log is empty, or when it is not intact: an anchor
     * must never vouch for a log already changed.
     */
    @Transactional
    public Download export() {
        scope.requireRole(StaffRole.AUDIT_ADMINISTRATOR);
        AuditStore.Head head = store.head();
        if (head.lastSeq() == 0) {
            throw new RuleViolation("audit.anchor.empty");
        }
        Optional<ChainBreak> broken = ChainCheck.run(store, keys.mac(), r -> { });
        if (broken.isPresent()) {
            throw new RuleViolation("audit.anchor.broken", String.valueOf(broken.get().seq()));
        }
        AuditAnchor anchor = new AuditAnchor(head.lastSeq(), head.lastMac(), keys.mac().label(),
                OffsetDateTime.now(clock).atZoneSameInstant(CHINA).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS),
                keys.signer().algorithm(), keys.signer().keyId(), new byte[0]).signedWith(keys.signer());
        trail.record(AuditEvent.of("audit.anchor.export", "audit_record", head.lastSeq(), null,
                "导出第 " + head.lastSeq() + " 条的锚点（" + anchor.algorithm().code() + "，签名密钥 " + anchor.signingKey() + "）"));
        String name = "audit-anchor-" + head.lastSeq() + "-" + anchor.time().toLocalDate() + ".txt";
        return new Download(name, anchor.file().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Compares an uploaded anchor with the log as it is now. A file that is not an anchor, or whose signature is not
     * this installation's, is refused (and the refusal audited); otherwise the finding is audited.
     */
    @Transactional
    public Check check(byte[] upload) {
        scope.requireRole(StaffRole.AUDIT_ADMINISTRATOR);
        AuditAnchor anchor;
        try {
            anchor = AuditAnchor.parse(upload);
            SigningKey key = keys.verifier(anchor.algorithm()).orElseThrow(() -> new RuleViolation("audit.anchor.bad-signature"));
            if (!key.keyId().equals(anchor.signingKey()) || !key.verify(anchor.signedBytes(), anchor.signature())) {
                throw new RuleViolation("audit.anchor.bad-signature");
            }
        } catch (RuleViolation e) {
            trail.recordRefusal(AuditEvent.of("audit.anchor.check", "audit_record", null, null, "锚点文件被拒绝：" + e.key()));
            throw e;
        }
        Check result = compare(anchor);
        trail.record(AuditEvent.of("audit.anchor.check", "audit_record", anchor.seq(), null, describe(result)));
        return result;
    }

    private Check compare(AuditAnchor anchor) {
        String[] macAtAnchor = {null};
        Optional<ChainBreak> broken = ChainCheck.run(store, keys.mac(), r -> {
            if (r.seq() == anchor.seq()) {
                macAtAnchor[0] = r.mac();
            }
        });
        long last = store.lastStoredSeq();
        if (broken.isPresent() && broken.get().seq() <= anchor.seq() && broken.get().problem() != ChainBreak.Problem.HEAD) {
            return new Check(Verdict.DIFFERS, anchor.seq(), anchor.time(), last, broken.get().seq(), broken.get().problem());
        }
        if (last < anchor.seq()) {
            return new Check(Verdict.TRUNCATED, anchor.seq(), anchor.time(), last, 0, null);
        }
        if (macAtAnchor[0] == null || !macAtAnchor[0].equals(anchor.mac())) {
            // the chain is consistent but not the one anchored: rewritten with the key, or removed and written anew
            return new Check(Verdict.DIFFERS, anchor.seq(), anchor.time(), last, anchor.seq(), ChainBreak.Problem.CHANGED);
        }
        return broken.map(b -> new Check(Verdict.LATER_BROKEN, anchor.seq(), anchor.time(), last, b.seq(), b.problem()))
                .orElseGet(() -> new Check(Verdict.INTACT, anchor.seq(), anchor.time(), last, 0, null));
    }

    private static String describe(Check c) {
        return switch (c.verdict()) {
            case INTACT -> "与第 " + c.anchorSeq() + " 条的锚点一致，日志完整";
            case LATER_BROKEN -> "与第 " + c.anchorSeq() + " 条的锚点一致，但第 " + c.differs() + " 条起不符：" + c.problem().words();
            case DIFFERS -> "与第 " + c.anchorSeq() + " 条的锚点不符：第 " + c.differs() + " 条起不符：" + c.problem().words();
            case TRUNCATED -> "锚点记到第 " + c.anchorSeq() + " 条，日志现只到第 " + c.lastSeq() + " 条：其后的记录被删除";
        };
    }
}
