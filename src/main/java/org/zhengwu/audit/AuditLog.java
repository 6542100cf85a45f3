package org.zhengwu.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengwu.audit.internal.AuditStore;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;

/**
 * Writes the audit log. Who: the signed-in staff member, else "公众" for a citizen's request, else "系统" for work of
 * the system itself (scheduled jobs, commands). From where: the request's remote address.
 */
@Service
public class AuditLog implements AuditTrail {

    private final AuditStore store;
    private final UnitScope scope;
    private final Clock clock;

    AuditLog(AuditStore store, UnitScope scope, Clock clock) {
        this.store = store;
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

    /** The newest records first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> latest(int limit) {
        return store.latest(Math.max(1, Math.min(limit, 1000)));
    }

    /**
     * Recomputes the chain from the first record: the first record whose stored hash or link does not match, or
     * empty when the whole log is intact (including its last record matching the chain head).
     */
    @Transactional(readOnly = true)
    public Optional<AuditRecord> firstBrokenRecord() {
        AuditRecord[] broken = {null};
        String[] prev = {AuditStore.GENESIS};
        long[] expectedSeq = {1};
        store.forEachInOrder(r -> {
            if (broken[0] != null) {
                return;
            }
            if (r.seq() != expectedSeq[0] || !r.prevHash().equals(prev[0]) || !r.computeHash().equals(r.hash())) {
                broken[0] = r;
                return;
            }
            prev[0] = r.hash();
            expectedSeq[0]++;
        });
        if (broken[0] == null) {
            AuditStore.Head head = store.head();
            if (head.lastSeq() != expectedSeq[0] - 1 || !head.lastHash().equals(prev[0])) {
                // records were removed from the end: report the head as a pseudo-record
                return Optional.of(new AuditRecord(head.lastSeq(), OffsetDateTime.now(clock), null, "", null, null,
                        "audit.chain.head", AuditRecord.Outcome.DONE, null, null, null, "", prev[0], head.lastHash()));
            }
        }
        return Optional.ofNullable(broken[0]);
    }

    private void append(AuditEvent e, AuditRecord.Outcome outcome) {
        AuditStore.Head head = store.lockHead();
        Optional<StaffPrincipal> who = scope.current();
        HttpServletRequest request = currentRequest();
        String actorName = who.map(p -> p.username() + " (" + p.displayName() + ")")
                .orElse(request != null ? "公众" : "系统");
        AuditRecord r = new AuditRecord(head.lastSeq() + 1,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), who.map(StaffPrincipal::accountId).orElse(null),
                truncate(actorName, 100), who.map(p -> p.role().name()).orElse(null),
                request == null ? null : truncate(request.getRemoteAddr(), 64), truncate(e.action(), 80), outcome,
                truncate(e.targetType(), 40), truncate(e.targetId(), 64), e.unitId(), e.detail(), null, null)
                .withHash(head.lastHash());
        store.append(r);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
