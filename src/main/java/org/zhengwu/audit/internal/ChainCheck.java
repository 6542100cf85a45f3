package org.zhengwu.audit.internal;

import java.util.Optional;
import java.util.function.Consumer;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.audit.ChainBreak;
import org.zhengwu.audit.ChainBreak.Problem;
import org.zhengwu.platform.crypto.KeyedMac;

/**
 * Walks the records in chain order and finds the first one that is not as it was written: a gap in the numbering
 * (removed), a broken link or hash (changed), no seal (its seal was removed), a seal of another key, or a MAC that
 * does not match (changed, even with every plain hash after it recomputed: computing the MAC needs the key). At the
 * end the chain head must name the last record, or records were removed from the end. Feed records to
 * {@link #accept}, then ask {@link #end}.
 */
public final class ChainCheck {

    public static final String GENESIS = AuditStore.GENESIS;

    private final KeyedMac mac;
    private long expectedSeq = 1;
    private String prevHash = GENESIS;
    private String prevMac = GENESIS;
    private ChainBreak broken;

    public ChainCheck(KeyedMac mac) {
        this.mac = mac;
    }

    /** Checks the next record; false once a broken one was found (the rest need not be read). */
    public boolean accept(AuditRecord r) {
        if (broken != null) {
            return false;
        }
        if (r.seq() != expectedSeq) {
            broken = new ChainBreak(Math.min(r.seq(), expectedSeq), Problem.MISSING);
        } else if (!prevHash.equals(r.prevHash()) || !r.computeHash().equals(r.hash())) {
            broken = new ChainBreak(r.seq(), Problem.CHANGED);
        } else if (r.seal() == null || r.mac() == null) {
            broken = new ChainBreak(r.seq(), Problem.UNSEALED);
        } else if (!mac.isOwnKey(r.seal())) {
            broken = new ChainBreak(r.seq(), Problem.OTHER_KEY);
        } else if (!mac.verify(r.seal(), r.sealedText(prevMac), r.mac())) {
            broken = new ChainBreak(r.seq(), Problem.CHANGED);
        } else {
            prevHash = r.hash();
            prevMac = r.mac();
            expectedSeq++;
            return true;
        }
        return false;
    }

    /** The first broken record, or the head when it does not name the last record read; empty when all is intact. */
    public Optional<ChainBreak> end(AuditStore.Head head) {
        if (broken == null && (head.lastSeq() != lastSeq() || !head.lastHash().equals(prevHash)
                || !prevMac.equals(head.lastMac() == null ? GENESIS : head.lastMac()))) {
            broken = new ChainBreak(Math.max(head.lastSeq(), lastSeq()), Problem.HEAD);
        }
        return Optional.ofNullable(broken);
    }

    /**
     * Reads the chain from its first record through a check, up to the first broken record; {@code each} sees every
     * record read as well. The first break, or empty when the whole log and its head are intact.
     */
    public static Optional<ChainBreak> run(AuditStore store, KeyedMac mac, Consumer<AuditRecord> each) {
        ChainCheck check = new ChainCheck(mac);
        store.forEachInOrder(r -> {
            each.accept(r);
            return check.accept(r);
        });
        return check.end(store.head());
    }

    /** The sequence number of the last intact record read (0 before the first). */
    public long lastSeq() {
        return expectedSeq - 1;
    }
}
