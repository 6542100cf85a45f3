package org.zhengwu.supervision.internal.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.CodedReportForms;
import org.zhengwu.supervision.ReportCycle;
import org.zhengwu.supervision.ReportField;
import org.zhengwu.supervision.ReportFormSpec;

/**
 * Report forms: the supervisor (监督员) defines them and assigns them to units; features declare theirs in code
 * ({@link CodedReportForms}), created or brought up to date when the application starts. Assigning a form opens the
 * current period's report of each new unit at once (see {@link ReportDesk#openDuePeriods}).
 */
@Service
public class ReportForms {

    private final ReportFormStore store;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;
    private final SiteDirectory sites;
    private final ObjectProvider<CodedReportForms> coded;
    private final ReportDesk desk;

    ReportForms(ReportFormStore store, UnitScope scope, AuditTrail audit, Clock clock, SiteDirectory sites,
                ObjectProvider<CodedReportForms> coded, ReportDesk desk) {
        this.desk = desk;
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.sites = sites;
        this.coded = coded;
    }

    /** Every form, for the supervisor's list (and for whoever reads the reports). */
    @Transactional(readOnly = true)
    public List<ReportForm> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public ReportForm get(long id) {
        return store.find(id).orElseThrow(() -> new org.zhengwu.platform.web.NotFound("reporting.form.not-found"));
    }

    @Transactional(readOnly = true)
    public List<Long> unitsOf(long formId) {
        return store.unitsOf(formId);
    }

    /**
     * The supervisor defines a form: a code, a name, a cycle, the working days after each period, and the fields one
     * a line ({@link FormDefinitionText}). Every problem is reported at once and nothing is stored.
     */
    @Transactional
    public ReportForm define(String code, String name, String cycle, String deadlineDays, String fieldsText) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        List<InvalidReport.Problem> problems = new ArrayList<>();
        String c = code == null ? "" : code.strip();
        if (!c.matches("[a-z][a-z0-9-]{1,39}")) {
            problems.add(new InvalidReport.Problem("code", "reporting.define.code", new Object[0]));
        } else if (store.findByCode(c).isPresent()) {
            problems.add(new InvalidReport.Problem("code", "reporting.define.code-taken", new Object[] {c}));
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            problems.add(new InvalidReport.Problem("name", "reporting.define.name", new Object[0]));
        }
        ReportCycle cy = null;
        try {
            cy = ReportCycle.valueOf(cycle == null ? "" : cycle);
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidReport.Problem("cycle", "reporting.define.cycle", new Object[0]));
        }
        int days = 0;
        if (deadlineDays == null || !deadlineDays.strip().matches("\\d{1,2}")
                || (days = Integer.parseInt(deadlineDays.strip())) < 1 || days > 30) {
            problems.add(new InvalidReport.Problem("deadlineDays", "reporting.define.days", new Object[0]));
        }
        List<ReportField> fields = List.of();
        try {
            fields = FormDefinitionText.read(fieldsText);
        } catch (InvalidReport e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        ReportFormSpec spec = new ReportFormSpec(c, n, cy, days, fields);
        long id = store.insert(spec, false, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("reporting.form.define", "report-form", id, null, c + " " + n));
        return get(id);
    }

    /** Creates the forms features declare in code, or brings them up to date. */
    @EventListener(ContextRefreshedEvent.class)
    @Transactional
    public void registerCoded() {
        coded.orderedStream().flatMap(c -> c.reportForms().stream()).forEach(spec -> {
            var existing = store.findByCode(spec.code());
            if (existing.isEmpty()) {
                long id = store.insert(spec, true, OffsetDateTime.now(clock));
                audit.record(AuditEvent.of("reporting.form.coded", "report-form", id, null, spec.code()));
            } else if (!existing.get().spec().equals(spec)) {
                store.update(existing.get().id(), spec);
            }
        });
    }

    /**
     * The supervisor assigns a form to units, each from the current period on; returns how many were new. Unknown
     * units are refused, nothing stored.
     */
    @Transactional
    public int assign(long formId, List<Long> unitIds) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        ReportForm form = get(formId);
        if (unitIds == null || unitIds.isEmpty()) {
            throw new org.zhengwu.platform.RuleViolation("reporting.assign.none");
        }
        for (Long u : unitIds) {
            if (u == null || sites.unit(u).isEmpty()) {
                throw new org.zhengwu.platform.RuleViolation("reporting.assign.unknown-unit");
            }
        }
        LocalDate from = form.spec().cycle().periodStart(LocalDate.now(clock));
        int added = 0;
        for (Long u : unitIds) {
            if (store.assign(formId, u, from, OffsetDateTime.now(clock))) {
                added++;
                audit.record(AuditEvent.of("reporting.form.assign", "report-form", formId, u, form.spec().code()));
            }
        }
        desk.openDuePeriods();
        return added;
    }
}
