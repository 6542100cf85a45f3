package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseView;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;

/**
 * What the console pages read, each scoped on the server to what the signed-in person may see ({@link CaseAccess}):
 * the to-do list (待办), one case, the supervisors' queue of extension requests, the ledgers (台账).
 */
@Service
public class CaseQueries {

    public static final int PAGE_SIZE = 50;

    /** One page of cases and how many there are in all. */
    public record Page(List<CaseFile> cases, long total) {
    }

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final UnitScope scope;
    private final CaseRefusals refusals;
    private final Clock clock;

    private final BranchStore branches;

    CaseQueries(JdbcClient jdbc, CaseStore store, UnitScope scope, CaseRefusals refusals, Clock clock,
                BranchStore branches) {
        this.branches = branches;
        this.jdbc = jdbc;
        this.store = store;
        this.scope = scope;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** The signed-in person; refuses anybody who does not work on cases. */
    public StaffPrincipal reader() {
        StaffPrincipal p = scope.staff();
        if (!CaseAccess.worksOnCases(p)) {
            throw new AccessDeniedException("role " + p.role() + " does not work on cases");
        }
        return p;
    }

    /**
     * 待办: the open cases of the person's unit, or for the group roles every open case and every case waiting for
     * the dispatcher; those waiting for the dispatcher first, then by deadline.
     */
    @Transactional(readOnly = true)
    public Page todo(int page) {
        StaffPrincipal p = reader();
        Long unit = CaseAccess.unitScope(p);
        String where = unit == null ? " WHERE phase IN ('UNASSIGNED', 'OPEN')" : " WHERE phase = 'OPEN' AND owner_unit_id = :unit";
        Map<String, Object> params = new HashMap<>();
        if (unit != null) {
            params.put("unit", unit);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM case_record" + where).params(params).query(Long.class).single();
        List<CaseFile> rows = jdbc.sql("SELECT " + CaseStore.COLUMNS + " FROM case_record" + where
                        + " ORDER BY CASE WHEN deadline IS NULL THEN 0 ELSE 1 END, deadline, id"
                        + " OFFSET " + offset(page) + " ROWS FETCH NEXT " + PAGE_SIZE + " ROWS ONLY")
                .params(params).query(store::file).list();
        return new Page(rows, total);
    }

    /**
     * How many open cases in the person's view (their unit's, or all for the group roles) are past their deadline; a
     * paused case is not.
     */
    @Transactional(readOnly = true)
    public long overdue(StaffPrincipal p) {
        Long unit = CaseAccess.unitScope(p);
        return jdbc.sql("SELECT COUNT(*) FROM case_record WHERE phase = 'OPEN' AND paused_on IS NULL "
                        + "AND deadline < :today"
                        + (unit == null ? "" : " AND owner_unit_id = :unit"))
                .params(unit == null ? Map.of("today", LocalDate.now(clock))
                        : Map.of("today", LocalDate.now(clock), "unit", unit))
                .query(Long.class).single();
    }

    /** How many extension requests wait for the supervisors' decision. */
    @Transactional(readOnly = true)
    public long pendingExtensionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM case_record WHERE phase = 'OPEN' AND extension_days IS NOT NULL")
                .query(Long.class).single();
    }

    /**
     * One case, if the person may see it; another unit's case is refused, unless that unit has been asked in one of
     * its joint reviews (会签): the asked unit reads the case it answers on.
     */
    @Transactional(readOnly = true)
    public CaseFile view(long id) {
        StaffPrincipal p = reader();
        CaseFile f = store.find(id).orElseThrow(() -> new NotFound("cases.not-found", id));
        if (!CaseAccess.mayView(p, f.view()) && !(CaseAccess.UNIT_ROLES.contains(p.role()) && p.unitId() != null
                && branches.asked(id, p.unitId()))) {
            throw new AccessDeniedException("case " + id + " is outside the caller's view");
        }
        return f;
    }

    /** The console's steps, each with who may take it ({@link CaseAccess}). */
    public enum ConsoleStep {
        TRANSFER("cases.transfer"), RETURN("cases.return"), REQUEST_EXTENSION("cases.extension.request"),
        DECIDE_EXTENSION("cases.extension.decide"), PAUSE("cases.pause"), RESUME("cases.resume"),
        START_JOINT_REVIEW("cases.joint.start"),
        /** Any unit's case staff; which unit has a branch is the engine's to say. */
        ANSWER_JOINT_REVIEW("cases.joint.answer");

        private final String action;

        ConsoleStep(String action) {
            this.action = action;
        }

        public boolean allowed(StaffPrincipal p, CaseView c) {
            return switch (this) {
                case TRANSFER -> CaseAccess.mayTransfer(p, c);
                case RETURN -> CaseAccess.mayReturn(p, c);
                case REQUEST_EXTENSION -> CaseAccess.mayRequestExtension(p, c);
                case DECIDE_EXTENSION -> CaseAccess.mayDecideExtension(p);
                case PAUSE, RESUME, START_JOINT_REVIEW -> CaseAccess.worksFor(p, c);
                case ANSWER_JOINT_REVIEW -> CaseAccess.UNIT_ROLES.contains(p.role()) && p.unitId() != null;
            };
        }
    }

    /**
     * The case a console form is about, if the person may take that step on it; otherwise the attempt is audited as
     * refused and refused, before the form's input is even read.
     */
    public CaseFile forStep(long id, ConsoleStep step) {
        StaffPrincipal p = scope.staff();
        CaseFile f = store.find(id).orElseThrow(() -> new NotFound("cases.not-found", id));
        if (!step.allowed(p, f.view())) {
            refusals.record(AuditEvent.of(step.action, "case", id, f.view().ownerUnitId(),
                    "role " + p.role() + " of unit " + p.unitId() + " may not take this step"));
            throw new AccessDeniedException(step.action + " of case " + id + " refused");
        }
        return f;
    }

    /** The supervisors' queue: open cases with a pending extension request, the oldest deadline first. */
    @Transactional(readOnly = true)
    public List<CaseFile> pendingExtensions() {
        scope.requireRole(StaffRole.SUPERVISOR);
        return jdbc.sql("SELECT " + CaseStore.COLUMNS + " FROM case_record WHERE phase = 'OPEN' "
                + "AND extension_days IS NOT NULL ORDER BY deadline, id").query(store::file).list();
    }

    /** A page of a ledger, newest first; see {@link #scoped}. */
    @Transactional(readOnly = true)
    public Page ledger(LedgerFilter filter, int page) {
        Where w = where(scoped(filter));
        long total = jdbc.sql("SELECT COUNT(*) FROM case_record" + w.sql()).params(w.params()).query(Long.class).single();
        List<CaseFile> rows = jdbc.sql("SELECT " + CaseStore.COLUMNS + " FROM case_record" + w.sql()
                        + " ORDER BY opened_at DESC, id DESC OFFSET " + offset(page) + " ROWS FETCH NEXT " + PAGE_SIZE
                        + " ROWS ONLY")
                .params(w.params()).query(store::file).list();
        return new Page(rows, total);
    }

    /** Every case of a ledger, oldest first, one at a time (for the export); see {@link #scoped}. */
    @Transactional(readOnly = true)
    public void forEachInLedger(LedgerFilter filter, Consumer<CaseFile> each) {
        Where w = where(scoped(filter));
        try (Stream<CaseFile> rows = jdbc.sql("SELECT " + CaseStore.COLUMNS + " FROM case_record" + w.sql()
                + " ORDER BY opened_at, id").params(w.params()).withFetchSize(500).query(store::file).stream()) {
            rows.forEach(each);
        }
    }

    /**
     * The filter as the person may use it: the group roles see every unit; the unit roles their own unit only, and
     * asking for another unit's ledger is refused.
     */
    public LedgerFilter scoped(LedgerFilter filter) {
        StaffPrincipal p = reader();
        Long own = CaseAccess.unitScope(p);
        if (own == null) {
            return filter;
        }
        if (filter.unitId() != null && !filter.unitId().equals(own)) {
            throw new AccessDeniedException("unit " + filter.unitId() + " is outside the caller's ledger");
        }
        return filter.ofUnit(own);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** Only the filters the ledger offers, each a bound parameter. */
    private Where where(LedgerFilter f) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.typeCode() != null) {
            parts.add("type_code = :type");
            params.put("type", f.typeCode());
        }
        if (f.unitId() != null) {
            parts.add("owner_unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.state() != null) {
            parts.add("state = :state");
            params.put("state", f.state());
        }
        if (f.from() != null) {
            parts.add("opened_at >= :from");
            params.put("from", f.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (f.to() != null) {
            parts.add("opened_at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (f.overdueOnly()) {
            parts.add("((phase = 'OPEN' AND paused_on IS NULL AND deadline < :today) "
                    + "OR (phase = 'CLOSED' AND closed_on > deadline))");
            params.put("today", LocalDate.now(clock));
        }
        return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
    }

    private static long offset(int page) {
        return (long) Math.max(0, page - 1) * PAGE_SIZE;
    }
}
