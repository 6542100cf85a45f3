package org.zhengwu.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.platform.crypto.KeyFiles;

/**
 * Seals, once per installation, the records written before the keyed seal existed (V19): their plain chain is
 * checked, each gets its MAC chained from the first record on, and none of their other columns changes. "Once" is
 * kept outside the database: {@code {data-dir}/keys/audit-chain.sealed} is written when the chain is first sealed (or
 * found empty), and a database whose seals were all removed later is then not sealed afresh — the integrity check
 * names its first unsealed record instead. Runs with the chain head locked.
 */
@Component
public class ChainSealing {

    private static final Logger log = LoggerFactory.getLogger(ChainSealing.class);
    private static final int BATCH = 1000;

    private final AuditStore store;
    private final AuditKeys keys;
    /** The marker was seen in place: the sealed chain's appends need not ask the file system each time. */
    private volatile boolean markerSeen;

    ChainSealing(AuditStore store, AuditKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    /**
     * With the head locked: when there are records without a seal behind it, seals them (the first time) and answers
     * what was done, for the audit log; empty when there was nothing to seal.
     */
    public Optional<String> sealOlderRecords(AuditStore.Head head) {
        Path marker = keys.sealedMarker();
        if (head.lastMac() != null || head.lastSeq() == 0) {
            if (!markerSeen && !Files.exists(marker)) {
                afterCommit(() -> writeMarker(marker, head.lastSeq()));
            } else {
                markerSeen = true;
            }
            return Optional.empty();
        }
        if (Files.exists(marker)) {
            log.error("审计日志的链头没有密钥封存，但 {} 表明此日志已封存过：封存已被人从数据库中移除。不会重新封存；"
                    + "“校验完整性”将指出第一条未封存的记录。", marker);
            return Optional.empty();
        }
        String label = keys.mac().label();
        String prevHash = ChainCheck.GENESIS;
        String prevMac = ChainCheck.GENESIS;
        long expected = 1;
        long plainBroken = 0;
        long count = 0;
        List<AuditRecord> batch;
        long last = 0;
        do {
            batch = store.after(last, BATCH);
            List<AuditRecord> sealed = new ArrayList<>(batch.size());
            for (AuditRecord r : batch) {
                if (plainBroken == 0 && (r.seq() != expected || !r.prevHash().equals(prevHash) || !r.computeHash().equals(r.hash()))) {
                    plainBroken = Math.min(r.seq(), expected);
                }
                String mac = keys.mac().hex(r.sealed(label, null).sealedText(prevMac));
                sealed.add(r.sealed(label, mac));
                prevHash = r.hash();
                prevMac = mac;
                expected = r.seq() + 1;
                last = r.seq();
                count++;
            }
            store.addSeals(sealed);
        } while (batch.size() == BATCH);
        store.sealHead(prevMac);
        long upTo = last;
        afterCommit(() -> writeMarker(marker, upTo));
        String plain = plainBroken == 0 ? "升级前的哈希链校验完整"
                : "升级前的哈希链自第 " + plainBroken + " 条起已不连续（在升级前已被改动或删除）";
        if (plainBroken != 0) {
            log.error("审计日志：{}。这些记录已按现状加封，“校验完整性”会一直指出该条。", plain);
        }
        log.info("审计日志：以 {} 为升级前的 {} 条记录加封（记录内容未改动），{}。", label, count, plain);
        return Optional.of("以 " + label + " 为升级前的 " + count + " 条记录加封（记录内容未改动）；" + plain);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static void writeMarker(Path marker, long seq) {
        try {
            if (KeyFiles.createOwnerOnly(marker)) {
                Files.writeString(marker, "审计日志自第 1 条起以密钥封存；首次封存时链头为第 " + seq + " 条。请勿删除此文件。\n",
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + marker, e);
        }
    }
}
