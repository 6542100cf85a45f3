package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The steps of an investment project, each checked, audited and refused with its reasons (nothing stored): a unit's
 * staff register and edit their own unit's projects, move a project forward a stage with its date and evidence, and
 * enter each month's 合同引资 and 到位资金; supervisors (and the unit's staff) read them. A project is stalled
 * (停滞) when no stage change came for {@code zhengwu.investment.stalled-months} months (default 6).
 */
@Service
public class Projects {

    private final ProjectStore store;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final SiteDirectory sites;
    private final Clock clock;
    private final int stalledMonths;

    Projects(ProjectStore store, UnitScope scope, AuditTrail audit, SiteDirectory sites, Clock clock,
             @Value("${zhengwu.investment.stalled-months:6}") int stalledMonths) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.sites = sites;
        this.clock = clock;
        this.stalledMonths = stalledMonths;
    }

    /** A project with its stage history and months. */
    public record Page(Project project, List<Project.StageChange> changes, List<Project.Month> months,
                       boolean stalled, boolean editable) {
    }

    public int stalledMonths() {
        return stalledMonths;
    }

    /** Supervisors and administrators: every project; a unit's staff: their unit's. */
    @Transactional(readOnly = true)
    public List<Project> list() {
        StaffPrincipal p = scope.staff();
        if (readsAll(p)) {
            return store.list(null);
        }
        return p.role().unitBound() && p.unitId() != null ? store.list(p.unitId()) : List.of();
    }

    /** The projects of {@link #list()} with their latest evidence and sums, for the ledger's export. */
    public record Ledger(List<Project> projects, Map<Long, LedgerWorkbook.Extra> extras) {
    }

    @Transactional(readOnly = true)
    public Ledger ledger() {
        StaffPrincipal p = scope.staff();
        List<Project> list = list();
        return new Ledger(list, list.isEmpty() ? Map.of() : store.extras(readsAll(p) ? null : p.unitId()));
    }

    private static boolean readsAll(StaffPrincipal p) {
        return p.role() == StaffRole.SUPERVISOR || p.administrator();
    }

    @Transactional(readOnly = true)
    public Page page(long id) {
        Project p = store.find(id).orElseThrow(() -> new NotFound("investment.project.not-found"));
        scope.requireView(p.unitId());
        return new Page(p, store.changes(id), store.months(id), p.stalled(LocalDate.now(clock), stalledMonths),
                mayEdit(p.unitId()));
    }

    /** Whether the current staff member edits this unit's projects: its 信息员, 办件人 and 单位审核人. */
    public boolean mayEdit(long unitId) {
        return scope.current().map(s -> Objects.equals(s.unitId(), unitId) && edits(s.role())).orElse(false);
    }

    static boolean edits(StaffRole role) {
        return role == StaffRole.EDITOR || role == StaffRole.CASE_HANDLER || role == StaffRole.UNIT_REVIEWER;
    }

    /** A unit's staff register a project of their unit; returns its id. */
    @Transactional
    public long create(Map<String, String> typed) {
        StaffPrincipal staff = editor();
        NewProject p = checked(typed, staff, null);
        long id = store.insert(p, OffsetDateTime.now(clock));
        store.addChange(id, p.stage(), p.stageOn(), p.evidence(), staff.displayName(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("investment.project.create", "investment-project", id, p.unitId(),
                p.name() + "（" + p.investor() + "）"));
        return id;
    }

    /** Edits a project's particulars (not its stage: see {@link #advance}). */
    @Transactional
    public void update(long id, Map<String, String> typed) {
        StaffPrincipal staff = editor();
        Project before = editable(id, staff);
        Map<String, String> t = new java.util.HashMap<>(typed);
        t.put("stage", before.stage().name());
        t.put("stageOn", before.stageOn().toString());
        t.putIfAbsent("evidence", "—");
        NewProject p = checked(t, staff, id);
        store.update(id, p);
        audit.record(AuditEvent.of("investment.project.update", "investment-project", id, p.unitId(), p.name()));
    }

    /** Moves a project forward to a later stage reached on that day, with its evidence. */
    @Transactional
    public void advance(long id, String stageTyped, String onTyped, String evidenceTyped) {
        Change c = change(id);
        Project p = c.project();
        ProjectRules.Problems check = c.check();
        Stage stage = null;
        try {
            stage = Stage.valueOf(stageTyped == null ? "" : stageTyped);
            if (stage.compareTo(p.stage()) <= 0) {
                check.add("stage", "investment.stage.backward");
            }
        } catch (IllegalArgumentException e) {
            check.add("stage", "investment.check.required");
        }
        LocalDate on = rules().date(onTyped, "stageOn", check);
        if (on != null && on.isBefore(p.stageOn())) {
            check.add("stageOn", "investment.stage.before", p.stageOn().toString());
        }
        String evidence = evidenceTyped == null ? "" : evidenceTyped.strip();
        if (evidence.isEmpty()) {
            check.add("evidence", "investment.check.required");
        } else if (evidence.length() > 1000) {
            check.add("evidence", "investment.check.too-long", 1000);
        }
        c.refuseIfAny();
        store.stage(id, stage, on);
        store.addChange(id, stage, on, evidence, c.staff().displayName(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("investment.stage", "investment-project", id, p.unitId(),
                p.stage().name() + " → " + stage.name() + " " + on));
    }

    /**
     * Enters a month's 合同引资 and 到位资金 of a signed project (replacing what was entered for that month): from the
     * month it was signed to the current month.
     */
    @Transactional
    public void recordMonth(long id, String monthTyped, String contractedTyped, String inPlaceTyped) {
        Change c = change(id);
        Project p = c.project();
        ProjectRules.Problems check = c.check();
        YearMonth month = null;
        try {
            month = YearMonth.parse(monthTyped == null ? "" : monthTyped.strip());
        } catch (DateTimeParseException e) {
            check.add("month", "investment.month.bad", String.valueOf(monthTyped));
        }
        if (!p.stage().signed()) {
            check.add("month", "investment.month.unsigned");
        } else if (month != null && (month.isBefore(YearMonth.from(p.signedOn()))
                || month.isAfter(YearMonth.now(clock)))) {
            check.add("month", "investment.month.range", YearMonth.from(p.signedOn()).toString(),
                    YearMonth.now(clock).toString());
        }
        BigDecimal contracted = rules().amount(contractedTyped, "contracted", check);
        BigDecimal inPlace = rules().amount(inPlaceTyped, "inPlace", check);
        c.refuseIfAny();
        store.month(id, month.atDay(1), contracted, inPlace);
        audit.record(AuditEvent.of("investment.month", "investment-project", id, p.unitId(),
                month + " 合同引资 " + contracted + " 到位资金 " + inPlace));
    }

    private NewProject checked(Map<String, String> typed, StaffPrincipal staff, Long except) {
        List<InvalidReport.Problem> problems = new ArrayList<>();
        Map<String, String> t = new java.util.HashMap<>(typed);
        t.put("unit", String.valueOf(staff.unitId()));
        NewProject p = rules().read(t, 0, problems);
        if (p != null && store.exists(p.name(), p.investor(), except)) {
            new ProjectRules.Problems(0, problems).add("name", "investment.project.duplicate", p.investor());
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        return p;
    }

    ProjectRules rules() {
        return new ProjectRules(this::unitByName, LocalDate.now(clock));
    }

    /** A unit by its name, its code or its id. */
    Optional<Long> unitByName(String name) {
        String n = name.strip();
        return sites.units().stream().filter(u -> u.name().equals(n) || u.code().equals(n)
                || String.valueOf(u.id()).equals(n)).map(Unit::id).findFirst();
    }

    /** A change of a project by its unit's staff: who, the project (locked) and the problems found so far. */
    private record Change(StaffPrincipal staff, Project project, List<InvalidReport.Problem> problems,
                          ProjectRules.Problems check) {

        void refuseIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidReport(problems);
            }
        }
    }

    private Change change(long id) {
        StaffPrincipal staff = editor();
        List<InvalidReport.Problem> problems = new ArrayList<>();
        return new Change(staff, editable(id, staff), problems, new ProjectRules.Problems(0, problems));
    }

    private StaffPrincipal editor() {
        StaffPrincipal p = scope.staff();
        if (!edits(p.role()) || p.unitId() == null) {
            throw new AccessDeniedException("only a unit's staff edit its investment projects");
        }
        return p;
    }

    private Project editable(long id, StaffPrincipal staff) {
        Project p = store.lock(id).orElseThrow(() -> new NotFound("investment.project.not-found"));
        if (!Objects.equals(p.unitId(), staff.unitId())) {
            throw new AccessDeniedException("project " + id + " belongs to another unit");
        }
        return p;
    }
}
