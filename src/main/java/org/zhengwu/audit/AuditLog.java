package org.zhengwu.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengwu.audit.internal.AuditKeys;
import org.zhengwu.audit.internal.AuditStore;
import org.zhengwu.audit.internal.ChainCheck;
import org.zhengwu.audit.internal.ChainSealing;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.KeyedMac;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * Writes the audit log. Who: the signed-in staff member, else "公众" for a citizen's request, else "系统" for work of
 * the system itself (scheduled jobs, commands). From where: the request's remote address.
 */
@Service
public class AuditLog implements AuditTrail {

    private final AuditStore store;
    private final AuditKeys keys;
    private final ChainSealing sealing;
    private final UnitScope scope;
    private final Clock clock;

    AuditLog(AuditStore store, AuditKeys keys, ChainSealing sealing, UnitScope scope, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.sealing = sealing;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        append(event, AuditRecord.Outcome.DONE);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditEvent event) {
        append(event, AuditRecord.Outcome.REFUSED);
    }

    /** The newest records first (for the audit administrator, or the system itself). */
    @Transactional(readOnly = true)
    public List<AuditRecord> latest(int limit) {
        reader();
        return store.latest(Math.max(1, Math.min(limit, 1000)));
    }

    /** A page of the records matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        reader();
        return store.search(filter, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        reader();
        return store.count(filter);
    }

    /**
     * Hands the records matching the filter to {@code each} in chain order, one at a time, and records that they were
     * exported (reading the log in bulk is itself audited).
     */
    @Transactional
    public void export(AuditFilter filter, Consumer<AuditRecord> each) {
        reader();
        long[] n = {0};
        store.forEachMatching(filter, r -> {
            n[0]++;
            each.accept(r);
        });
        record(AuditEvent.of("audit.export", "audit_record", null, null, "导出 " + n[0] + " 条，条件 " + describe(filter)));
    }

    /**
     * The audit administrator's integrity check: {@link #firstBrokenRecord()}, itself recorded with its result (after
     * the check, so the new record is not part of what was checked).
     */
    @Transactional
    public Optional<ChainBreak> verify() {
        reader();
        Optional<ChainBreak> broken = firstBrokenRecord();
        record(AuditEvent.of("audit.verify", "audit_record", null, null,
                broken.map(b -> "第 " + b.seq() + " 条起不符：" + b.problem().words()).orElse("完整")));
        return broken;
    }

    /**
     * Checks the chain from the first record, plain hashes and keyed seals: the first record that is not as written,
     * or the head when records were removed from the end; empty when the whole log is intact. Records removed from
     * the end together with a head moved back to the last one left are found only against an exported anchor
     * ({@code AuditAnchors}).
     */
    @Transactional(readOnly = true)
    public Optional<ChainBreak> firstBrokenRecord() {
        reader();
        return ChainCheck.run(store, keys.mac(), r -> { });
    }

    /**
     * Seals the records written before the keyed seal existed, once (see {@link ChainSealing}); the start of the
     * application calls it, and so does the first record appended, whichever comes first.
     */
    @Transactional
    public void sealOlderRecords() {
        sealing.sealOlderRecords(store.lockHead()).ifPresent(done ->
                chain(List.of(draft(AuditEvent.of("audit.seal.older", "audit_record", null, null, done), AuditRecord.Outcome.DONE))));
    }

    /** The audit administrator alone reads the log (三员分立); the system itself may too (start-up, tests). */
    private void reader() {
        scope.requireRoleOrSystem(StaffRole.AUDIT_ADMINISTRATOR);
    }

    private static String describe(AuditFilter f) {
        return "时间 " + f.from() + "~" + f.to() + "，操作人 " + f.actor() + "，操作 " + f.action() + "，单位 " + f.unitId()
                + "，结果 " + f.outcome();
    }

    /**
     * Keeps the record with the caller's transaction and chains it just before that transaction commits: the chain
     * head is locked only for the inserts and the commit itself, not for all the caller's work, so concurrent
     * transactions (a flood of letters) are not queued behind each other's whole work. Who, when and from where are
     * taken now, while the request is at hand.
     */
    private void append(AuditEvent e, AuditRecord.Outcome outcome) {
        AuditRecord r = draft(e, outcome);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            chain(List.of(r));
            return;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof ChainAtCommit c && c.log == this) {
                c.records.add(r);
                return;
            }
        }
        ChainAtCommit c = new ChainAtCommit(this);
        c.records.add(r);
        TransactionSynchronizationManager.registerSynchronization(c);
    }

    /** The records of one transaction, chained in its beforeCommit: they commit with its changes or not at all. */
    private static final class ChainAtCommit implements TransactionSynchronization {
        private final AuditLog log;
        private final List<AuditRecord> records = new ArrayList<>();

        ChainAtCommit(AuditLog log) {
            this.log = log;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            log.chain(records);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after other synchronizations that might still record something
        }
    }

    private void chain(List<AuditRecord> records) {
        AuditStore.Head head = store.lockHead();
        Optional<String> sealedOlder = sealing.sealOlderRecords(head);
        List<AuditRecord> all = records;
        if (sealedOlder.isPresent()) {
            head = store.lockHead();
            all = new ArrayList<>(records.size() + 1);
            all.add(draft(AuditEvent.of("audit.seal.older", "audit_record", null, null, sealedOlder.get()), AuditRecord.Outcome.DONE));
            all.addAll(records);
        }
        List<AuditRecord> chained = new ArrayList<>(all.size());
        long seq = head.lastSeq();
        String prev = head.lastHash();
        String prevMac = head.lastMac() == null ? ChainCheck.GENESIS : head.lastMac();
        KeyedMac mac = keys.mac();
        for (AuditRecord r : all) {
            AuditRecord c = r.at(++seq).chained(prev, prevMac, mac.label(), mac::hex);
            chained.add(c);
            prev = c.hash();
            prevMac = c.mac();
        }
        store.append(chained);
    }

    private AuditRecord draft(AuditEvent e, AuditRecord.Outcome outcome) {
        Optional<StaffPrincipal> who = scope.current();
        HttpServletRequest request = currentRequest();
        String actorName = who.map(p -> p.username() + " (" + p.displayName() + ")")
                .orElse(request != null ? "公众" : "系统");
        return new AuditRecord(0,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), who.map(StaffPrincipal::accountId).orElse(null),
                truncate(actorName, 100), who.map(p -> p.role().name()).orElse(null),
                request == null ? null : truncate(request.getRemoteAddr(), 64), truncate(e.action(), 80), outcome,
                truncate(e.targetType(), 40), truncate(e.targetId(), 64), e.unitId(), e.detail(), null, null, null, null);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
