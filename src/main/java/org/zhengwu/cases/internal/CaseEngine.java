package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.JointReview;
import org.zhengwu.cases.NewCase;
import org.zhengwu.cases.TimeLimit;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;

/**
 * {@link Cases}: each step locks the case's row, checks who acts ({@link CaseAccess}), lets {@link CaseRules} decide,
 * then writes the case, its history and the audit record, in the caller's transaction. Every check comes before the
 * first write, so a refusal leaves the caller's transaction as it was (and does not mark it for rollback); the refusal
 * itself is audited ({@link CaseRefusals}).
 */
@Service
class CaseEngine implements Cases {

    /** The history's name for the system's own work and for a citizen's request. */
    static final String SYSTEM = "系统";
    static final String PUBLIC = "公众";

    private final CaseStore store;
    private final CaseTypes types;
    private final WorkingDays workingDays;
    private final SiteDirectory sites;
    private final StaffAdministration staff;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final CaseRefusals refusals;
    private final Clock clock;
    private final BranchStore branches;
    private final MessageSource messages;

    CaseEngine(CaseStore store, CaseTypes types, WorkingDays workingDays, SiteDirectory sites,
               StaffAdministration staff, UnitScope scope, AuditTrail audit, CaseRefusals refusals, Clock clock,
               BranchStore branches, MessageSource messages) {
        this.branches = branches;
        this.messages = messages;
        this.store = store;
        this.types = types;
        this.workingDays = workingDays;
        this.sites = sites;
        this.staff = staff;
        this.scope = scope;
        this.audit = audit;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public long open(NewCase c) {
        try {
            CaseType type = types.get(c.typeCode());
            if (c.ownerUnitId() != null) {
                requireUnit(c.ownerUnitId());
            }
            CaseRules.Change change = rules(type).open(c);
            if (store.referenceTaken(type.code(), change.next().view().reference())) {
                throw new RuleViolation("cases.reference.duplicate", change.next().view().reference());
            }
            long id;
            try {
                id = store.insert(change.next());
            } catch (DuplicateKeyException e) {
                throw new RuleViolation("cases.reference.duplicate", change.next().view().reference());
            }
            record(id, change, "cases.open");
            return id;
        } catch (RuleViolation e) {
            refusals.record(AuditEvent.of("cases.open", "case", c.reference(), c.ownerUnitId(), e.key()));
            throw e;
        }
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView assign(long caseId, long unitId, TimeLimit days, CaseStep step) {
        return step("cases.assign", caseId, (p, c) -> p.role() == StaffRole.DISPATCHER, true, (f, rules) -> {
            requireUnit(unitId);
            return rules.assign(f, unitId, days, step);
        });
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView move(long caseId, CaseStep step) {
        return step("cases.move", caseId, null, true, (f, rules) -> rules.move(f, step));
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView setHandler(long caseId, Long accountId) {
        return step("cases.handler", caseId, null, true, (f, rules) -> {
            String name = null;
            if (accountId != null) {
                StaffAccount a = staff.account(accountId)
                        .filter(x -> x.enabled() && x.unitId() != null && x.unitId().equals(f.view().ownerUnitId())
                                && CaseAccess.UNIT_ROLES.contains(x.role()))
                        .orElseThrow(() -> new RuleViolation("cases.handler.not-of-unit"));
                name = a.displayName();
            }
            return rules.setHandler(f, accountId, name);
        });
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView transfer(long caseId, long toUnitId, String reason, Integer days) {
        return step("cases.transfer", caseId, CaseAccess::mayTransfer, false, (f, rules) -> {
            requireUnit(toUnitId);
            return rules.transfer(f, toUnitId, reason, days);
        });
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView returnToDispatcher(long caseId, String reason, String toState) {
        return step("cases.return", caseId, CaseAccess::mayReturn, false,
                (f, rules) -> rules.returnToDispatcher(f, reason, toState));
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView requestExtension(long caseId, int days, String reason) {
        return step("cases.extension.request", caseId, CaseAccess::mayRequestExtension, false,
                (f, rules) -> rules.requestExtension(f, days, reason));
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView decideExtension(long caseId, boolean approve, String reason) {
        return step("cases.extension.decide", caseId,
                (p, c) -> types.get(c.typeCode()).extensionDeciders().contains(p.role()), false,
                (f, rules) -> rules.decideExtension(f, approve, reason));
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView pause(long caseId, String kind, String reason) {
        return step("cases.pause", caseId, CaseAccess::worksFor, true, (f, rules) -> {
            CaseType type = types.get(f.view().typeCode());
            String label = kind != null && type.pauseKinds().contains(kind)
                    ? messages.getMessage("cases.pause.kind." + kind, null, kind, Locale.SIMPLIFIED_CHINESE) : null;
            return rules.pause(f, kind, label, reason);
        });
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView resume(long caseId, String note) {
        return step("cases.resume", caseId, CaseAccess::worksFor, true, (f, rules) -> resumed(f, rules, note));
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public CaseView resumeTrusted(long caseId, String note) {
        return step("cases.resume", caseId, null, true, (f, rules) -> resumed(f, rules, note));
    }

    /** The case resumed, and the waiting branches of its joint review moved by the same working days. */
    private CaseRules.Change resumed(CaseFile f, CaseRules rules, String note) {
        CaseRules.Change change = rules.resume(f, note);
        branches.moveWaiting(f.id(), change.next().pausedDays() - f.pausedDays(), jointRules());
        return change;
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public JointReview startJointReview(long caseId, List<Long> unitIds, int days, String note) {
        step("cases.joint.start", caseId, CaseAccess::worksFor, true, (f, rules) -> {
            JointReviewRules.Start start = jointRules().start(f.view(), branches.latest(caseId).orElse(null),
                    unitIds, days, note);
            start.units().forEach(this::requireUnit);
            branches.open(caseId, start, OffsetDateTime.now(clock));
            return new CaseRules.Change(f, List.of(start.entry()));
        });
        return branches.latest(caseId).orElseThrow();
    }

    @Override
    @Transactional(noRollbackFor = {RuleViolation.class, AccessDeniedException.class})
    public JointReview answerJointReview(long caseId, long unitId, boolean agree, String opinion) {
        step("cases.joint.answer", caseId, (p, c) -> CaseAccess.worksForUnit(p, unitId), true, (f, rules) -> {
            JointReviewRules.Answer answer = jointRules().answer(f.view(), branches.latest(caseId).orElse(null),
                    unitId, agree, opinion);
            Optional<StaffPrincipal> p = scope.current();
            branches.answer(answer, OffsetDateTime.now(clock), p.map(StaffPrincipal::accountId).orElse(null), actor());
            return new CaseRules.Change(f, List.of(answer.entry()));
        });
        return branches.latest(caseId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<JointReview> jointReview(long caseId) {
        return branches.latest(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<JointReview.Waiting> jointReviewQueue() {
        StaffPrincipal p = scope.staff();
        if (!CaseAccess.UNIT_ROLES.contains(p.role()) || p.unitId() == null) {
            throw new AccessDeniedException("role " + p.role() + " has no joint-review queue");
        }
        return branches.waitingOn(p.unitId()).stream()
                .map(w -> new JointReview.Waiting(w.branch(), w.about().view())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseView> find(long caseId) {
        return store.find(caseId).map(CaseFile::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseView> findByReference(String typeCode, String reference) {
        return store.findByReference(typeCode, reference).map(CaseFile::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseEvent> history(long caseId) {
        return store.history(caseId);
    }

    /** What a step decides, given the locked case and the rules of its type for today. */
    private interface Decision {
        CaseRules.Change decide(CaseFile f, CaseRules rules);
    }

    /**
     * One step: lock, check who acts, decide, write. {@code who} null means the owning module has checked the caller;
     * {@code systemMay} lets the system itself (no authentication at all: start-up, jobs, commands) take the step.
     */
    private CaseView step(String action, long caseId, BiPredicate<StaffPrincipal, CaseView> who, boolean systemMay,
                          Decision decision) {
        CaseFile f = store.lock(caseId).orElseThrow(() -> new NotFound("cases.not-found", caseId));
        try {
            if (who != null) {
                Optional<StaffPrincipal> p = scope.current();
                boolean system = p.isEmpty() && authentication() == null;
                if (p.isPresent() ? !who.test(p.get(), f.view()) : !(systemMay && system)) {
                    throw new AccessDeniedException(action + " of case " + caseId + " refused to "
                            + p.map(x -> x.role() + " of unit " + x.unitId()).orElse("a caller without a staff role"));
                }
            }
            CaseRules.Change change = decision.decide(f, rules(types.get(f.view().typeCode())));
            if (!store.update(change.next())) {
                throw new RuleViolation("cases.changed-meanwhile", f.view().reference());
            }
            record(caseId, change, action);
            return store.find(caseId).orElseThrow().view();
        } catch (RuleViolation | AccessDeniedException e) {
            String why = e instanceof RuleViolation r ? r.key() : "access denied: " + e.getMessage();
            refusals.record(AuditEvent.of(action, "case", caseId, f.view().ownerUnitId(), why));
            throw e;
        }
    }

    private void record(long caseId, CaseRules.Change change, String action) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<StaffPrincipal> p = scope.current();
        String actor = actor();
        CaseView v = change.next().view();
        for (CaseRules.Entry e : change.entries()) {
            store.addEvent(caseId, now, e, p.map(StaffPrincipal::accountId).orElse(null), actor);
            audit.record(AuditEvent.of(action, "case", caseId, v.ownerUnitId() != null ? v.ownerUnitId() : e.fromUnitId(),
                    detail(v, e)));
        }
    }

    /** Who acts, as the history names them: the staff member, 公众 or 系统. */
    private String actor() {
        return scope.current().map(StaffPrincipal::displayName).orElse(authentication() != null ? PUBLIC : SYSTEM);
    }

    /** None at all: the system itself (start-up, jobs, commands); an anonymous one: a citizen's web request. */
    private static Authentication authentication() {
        return SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
    }

    private static String detail(CaseView v, CaseRules.Entry e) {
        StringBuilder sb = new StringBuilder(v.typeCode()).append(' ').append(v.reference()).append(": ")
                .append(e.action());
        if (e.fromState() != null && !e.fromState().equals(e.toState())) {
            sb.append(' ').append(e.fromState()).append(" -> ").append(e.toState());
        }
        if (e.toUnitId() != null && !e.toUnitId().equals(e.fromUnitId())) {
            sb.append("; unit ").append(e.fromUnitId()).append(" -> ").append(e.toUnitId());
        }
        if (e.deadline() != null) {
            sb.append("; deadline ").append(e.deadline());
        }
        if (e.note() != null && !e.note().isEmpty()) {
            sb.append("; ").append(e.note());
        }
        return sb.toString();
    }

    private JointReviewRules jointRules() {
        return new JointReviewRules(workingDays.calendar(), LocalDate.now(clock));
    }

    private CaseRules rules(CaseType type) {
        return new CaseRules(type.flow(), workingDays.calendar(), LocalDate.now(clock), OffsetDateTime.now(clock));
    }

    private void requireUnit(long unitId) {
        if (sites.unit(unitId).isEmpty()) {
            throw new RuleViolation("cases.unit.unknown", unitId);
        }
    }
}
