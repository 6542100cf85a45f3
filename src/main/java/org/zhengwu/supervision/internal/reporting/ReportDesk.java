package org.zhengwu.supervision.internal.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * The steps of a unit's report, each one command that checks, changes the report and its case in one transaction,
 * and is audited: the periods' reports opened as cases (a job, daily, and on assignment), the unit's submission, the
 * supervisor's approval or return (退回, a reason needed; the unit gets {@link #RETURN_DAYS} working days again).
 * The case engine reminds, warns of and escalates the deadlines.
 */
@Service
public class ReportDesk {

    /** Working days a unit has to submit a returned report again. */
    public static final int RETURN_DAYS = 3;

    private final ReportFormStore forms;
    private final SubmissionStore submissions;
    private final Cases cases;
    private final WorkingDays workingDays;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final SiteDirectory sites;
    private final Clock clock;

    ReportDesk(ReportFormStore forms, SubmissionStore submissions, Cases cases, WorkingDays workingDays,
               UnitScope scope, AuditTrail audit, SiteDirectory sites, Clock clock) {
        this.forms = forms;
        this.submissions = submissions;
        this.cases = cases;
        this.workingDays = workingDays;
        this.scope = scope;
        this.audit = audit;
        this.sites = sites;
        this.clock = clock;
    }

    /** A report with its form and values, as its page shows it. */
    public record Report(Submission submission, ReportForm form, Map<String, StoredValue> values, CaseView caseView,
                         boolean mayFill, boolean mayDecide) {

        public boolean overdue(LocalDate today) {
            return caseView.overdueOn(today);
        }
    }

    @Scheduled(cron = "${zhengwu.reporting.open-periods:0 5 0 * * *}", zone = "Asia/Shanghai")
    void daily() {
        openDuePeriods();
    }

    /**
     * Opens, for every assignment, the report of every period from the assignment's first up to the current one that
     * has none yet: its case is due {@code deadlineDays} working days after the period's last day. Returns how many
     * were opened.
     */
    @Transactional
    public int openDuePeriods() {
        LocalDate today = LocalDate.now(clock);
        int opened = 0;
        for (ReportFormStore.Assignment a : forms.assignments()) {
            ReportForm form = forms.find(a.formId()).orElseThrow();
            LocalDate current = form.spec().cycle().periodStart(today);
            for (LocalDate p = a.fromPeriod(); !p.isAfter(current); p = form.spec().cycle().next(p)) {
                if (!submissions.exists(form.id(), a.unitId(), p)) {
                    open(form, a.unitId(), 0, "", p, today);
                    opened++;
                }
            }
        }
        return opened;
    }

    /**
     * Opens a report of the unit for the period; {@code subjectId} 0 is the unit's own report, another the unit's
     * report on that subject ({@link SubjectReports}), named in the case's subject after the form.
     */
    long open(ReportForm form, long unitId, long subjectId, String subjectName, LocalDate start, LocalDate today) {
        LocalDate end = form.spec().cycle().periodEnd(start);
        LocalDate due = workingDays.addWorkingDays(end, form.spec().deadlineDays());
        // the engine counts from today; a period opened late still gets at least one working day
        int days = Math.max(1, workingDays.workingDaysBetween(today, due));
        String unitName = sites.unit(unitId).map(Unit::name).orElse("#" + unitId);
        String subject = unitName + " " + form.name() + (subjectId == 0 ? "" : "（" + subjectName + "）") + " "
                + form.spec().cycle().label(start);
        String reference = form.spec().code() + "/" + unitId + "/" + start + (subjectId == 0 ? "" : "/" + subjectId);
        long caseId = cases.open(new NewCase(ReportCaseType.CODE, reference,
                subject.length() > 200 ? subject.substring(0, 200) : subject, form.spec().code(), unitId, days));
        long id = submissions.insert(form.id(), unitId, subjectId, start, end, due, caseId);
        audit.record(AuditEvent.of("reporting.open", "report", id, unitId, subject + "，截止 " + due));
        return id;
    }

    @Transactional(readOnly = true)
    public Report report(long id) {
        Submission s = submissions.find(id).orElseThrow(() -> new NotFound("reporting.report.not-found"));
        scope.requireView(s.unitId());
        return view(s);
    }

    /** A unit's report of a form for a period, if it has been opened. */
    @Transactional(readOnly = true)
    public java.util.Optional<Submission> reportOf(long formId, long unitId, LocalDate periodStart) {
        return submissions.ofPeriod(formId, periodStart).stream().filter(s -> s.unitId() == unitId).findFirst();
    }

    @Transactional(readOnly = true)
    public long reportOfCase(long caseId) {
        return submissions.findByCase(caseId).map(Submission::id)
                .orElseThrow(() -> new NotFound("reporting.report.not-found"));
    }

    private Report view(Submission s) {
        ReportForm form = forms.find(s.formId()).orElseThrow();
        StaffPrincipal p = scope.current().orElse(null);
        boolean unitStaff = p != null && Objects.equals(p.unitId(), s.unitId()) && fills(p.role());
        boolean supervisor = p != null && p.role() == StaffRole.SUPERVISOR;
        return new Report(s, form, submissions.values(s.id()), cases.find(s.caseId()).orElseThrow(),
                unitStaff && s.state().withUnit(), supervisor && s.state() == SubmissionState.SUBMITTED);
    }

    /** The unit's staff who fill in reports: 信息员, 办件人, 单位审核人. */
    static boolean fills(StaffRole role) {
        return role == StaffRole.EDITOR || role == StaffRole.CASE_HANDLER || role == StaffRole.UNIT_REVIEWER;
    }

    /**
     * The unit submits its report: every field checked ({@link ReportValues}; refused: {@link InvalidReport}, nothing
     * stored), the values stored, the case closed as submitted; late when after the case's deadline.
     */
    @Transactional
    public Submission submit(long id, Map<String, String> typed) {
        Submission s = submissions.lock(id).orElseThrow(() -> new NotFound("reporting.report.not-found"));
        // the unit's staff, or the system itself (the demo's sample reports)
        StaffPrincipal p = scope.requireRoleOrSystem(StaffRole.EDITOR, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER)
                .orElse(null);
        if (p != null && !Objects.equals(p.unitId(), s.unitId())) {
            throw new AccessDeniedException("only the unit's staff submit its report");
        }
        if (!s.state().withUnit()) {
            throw new RuleViolation("reporting.submit.not-due", s.state().name());
        }
        ReportForm form = forms.find(s.formId()).orElseThrow();
        Map<String, StoredValue> values = ReportValues.read(form, typed);
        CaseView before = cases.find(s.caseId()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean late = before.deadline() != null && now.toLocalDate().isAfter(before.deadline());
        submissions.replaceValues(id, values);
        submissions.submitted(id, now, late);
        cases.move(s.caseId(), CaseStep.to(SubmissionState.SUBMITTED.name(), late ? "逾期报送" : "按时报送"));
        audit.record(AuditEvent.of("reporting.submit", "report", id, s.unitId(), late ? "late" : "on time"));
        return submissions.find(id).orElseThrow();
    }

    /** The supervisor approves a submitted report. */
    @Transactional
    public Submission approve(long id) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        Submission s = submitted(id);
        submissions.approved(id);
        cases.move(s.caseId(), CaseStep.to(SubmissionState.APPROVED.name(), ""));
        audit.record(AuditEvent.of("reporting.approve", "report", id, s.unitId(), ""));
        return submissions.find(id).orElseThrow();
    }

    /** The supervisor returns a submitted report with a reason; the unit has {@link #RETURN_DAYS} working days. */
    @Transactional
    public Submission returnReport(long id, String reason) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new RuleViolation("reporting.return.reason");
        }
        if (r.length() > 1000) {
            throw new RuleViolation("reporting.return.too-long", 1000);
        }
        Submission s = submitted(id);
        submissions.returned(id, r);
        cases.move(s.caseId(), new CaseStep(SubmissionState.RETURNED.name(), r, RETURN_DAYS));
        audit.record(AuditEvent.of("reporting.return", "report", id, s.unitId(), r));
        return submissions.find(id).orElseThrow();
    }

    private Submission submitted(long id) {
        Submission s = submissions.lock(id).orElseThrow(() -> new NotFound("reporting.report.not-found"));
        if (s.state() != SubmissionState.SUBMITTED) {
            throw new RuleViolation("reporting.decide.not-submitted");
        }
        return s;
    }
}
