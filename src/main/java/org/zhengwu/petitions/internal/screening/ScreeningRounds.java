package org.zhengwu.petitions.internal.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.petitions.internal.officework.Checks;
import org.zhengwu.petitions.internal.officework.OfficeWork;
import org.zhengwu.petitions.internal.officework.Refused;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.web.NotFound;

/**
 * Screening rounds (排查化解): the petition office opens a round for a period, due on a day, for some units; each
 * unit's case staff enter the disputes they found and report them, or report nil (无矛盾纠纷), which counts as a
 * report; the office (and supervisors) see who has and has not reported, the totals by risk, every dispute, and the
 * workbook. Each step is checked (a refusal stores nothing) and audited.
 */
@Service
public class ScreeningRounds {

    private final ScreeningStore store;
    private final OfficeWork work;
    private final Cases cases;
    private final WorkingDays workingDays;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    ScreeningRounds(ScreeningStore store, OfficeWork work, Cases cases, WorkingDays workingDays, FieldCipher cipher,
                    AuditTrail audit, Clock clock) {
        this.store = store;
        this.work = work;
        this.cases = cases;
        this.workingDays = workingDays;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** A round as a list shows it: how many of its units reported (nil ones included), and the caller's own report. */
    public record RoundRow(long id, String name, LocalDate from, LocalDate to, LocalDate dueOn, int units,
                           int reported, Boolean ownReported) {
    }

    /** One unit's line in a round's overview. */
    public record UnitLine(long unitId, String unitName, boolean reported, boolean nil, boolean late,
                           boolean overdue, OffsetDateTime submittedAt, Map<Risk, Integer> byRisk) {
    }

    /** A round as the office sees it. */
    public record Overview(Round round, List<UnitLine> units, int reported, int nil,
                           List<String> missing, Map<Risk, Integer> byRisk, List<DisputeView> disputes) {
    }

    /** A dispute to show: the parties in clear (to the unit and the office only). */
    public record DisputeView(long id, long unitId, String matter, String parties, String place, Risk risk,
                              String measures, DisputeState state) {
    }

    /** One unit's report in a round, with its disputes. */
    public record ReportPage(Round round, long unitId, String unitName, boolean submitted, boolean nil,
                             OffsetDateTime submittedAt, String submittedBy, List<DisputeView> disputes,
                             boolean editable) {
    }

    /** The office opens a round for the ticked units; returns its id. */
    @Transactional
    public long open(Map<String, String> typed, List<String> unitIds) {
        StaffPrincipal office = work.office();
        Checks checks = new Checks(typed);
        String name = checks.text("name", 100, true);
        LocalDate from = checks.day("from");
        LocalDate to = checks.day("to");
        LocalDate due = checks.day("dueOn");
        LocalDate today = LocalDate.now(clock);
        if (from != null && to != null && to.isBefore(from)) {
            checks.problem("to", "petition.screening.form.to-before-from");
        }
        if (due != null && due.isBefore(today)) {
            checks.problem("dueOn", "petition.screening.due-past");
        } else if (due != null && from != null && due.isBefore(from)) {
            checks.problem("dueOn", "petition.screening.due-before-from");
        }
        List<Long> units = work.chosenUnits(unitIds, checks, "units");
        checks.done();
        long id = store.insertRound(name, from, to, due, office.displayName(), OffsetDateTime.now(clock));
        int days = Math.max(1, workingDays.workingDaysBetween(today, due));
        for (long unit : units) {
            long caseId = cases.open(new NewCase(ScreeningReportType.CODE, ScreeningReportType.reference(id, unit),
                    cut(name), null, unit, days));
            store.insertReport(id, unit, caseId);
        }
        audit.record(AuditEvent.of("petition.screening.open", "screening-round", id, null,
                name + "（" + from + "至" + to + "，" + units.size() + " 个单位，" + due + " 前报送）"));
        return id;
    }

    @Transactional(readOnly = true)
    public List<RoundRow> rounds() {
        Long own = work.ownUnit();
        if (!work.readsAll() && own == null) {
            work.requireReadsAll();
        }
        List<RoundRow> rows = new ArrayList<>();
        for (Round r : store.rounds()) {
            List<ScreeningStore.Report> reports = store.reports(r.id());
            Boolean ownReported = null;
            if (own != null) {
                ScreeningStore.Report mine = reports.stream().filter(x -> x.unitId() == own).findFirst().orElse(null);
                if (mine == null) {
                    continue;
                }
                ownReported = mine.submitted();
            }
            rows.add(new RoundRow(r.id(), r.name(), r.from(), r.to(), r.dueOn(), reports.size(),
                    (int) reports.stream().filter(ScreeningStore.Report::submitted).count(), ownReported));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public Overview overview(long roundId) {
        work.requireReadsAll();
        Round round = round(roundId);
        LocalDate today = LocalDate.now(clock);
        List<DisputeView> disputes = new ArrayList<>();
        Map<Long, Long> unitOfReport = new java.util.HashMap<>();
        List<ScreeningStore.Report> reports = store.reports(roundId);
        reports.forEach(r -> unitOfReport.put(r.id(), r.unitId()));
        for (ScreeningStore.Dispute d : store.submittedDisputes(roundId)) {
            disputes.add(view(d, unitOfReport.get(d.reportId())));
        }
        List<UnitLine> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ScreeningStore.Report r : reports) {
            Map<Risk, Integer> byRisk = byRisk(disputes.stream().filter(d -> d.unitId() == r.unitId()).toList());
            String name = work.unitName(r.unitId());
            lines.add(new UnitLine(r.unitId(), name, r.submitted(), r.nil(), r.late(round.dueOn()),
                    !r.submitted() && today.isAfter(round.dueOn()), r.submittedAt(), byRisk));
            if (!r.submitted()) {
                missing.add(name);
            }
        }
        lines.sort(java.util.Comparator.comparing(UnitLine::reported).thenComparing(UnitLine::unitName));
        int reported = (int) reports.stream().filter(ScreeningStore.Report::submitted).count();
        int nil = (int) reports.stream().filter(r -> r.submitted() && r.nil()).count();
        return new Overview(round, lines, reported, nil, missing, byRisk(disputes), disputes);
    }

    /** The workbook of a round: the units' reports and every dispute. Audited: it carries the parties' names. */
    @Transactional
    public byte[] workbook(long roundId) {
        Overview o = overview(roundId);
        audit.record(AuditEvent.of("petition.screening.export", "screening-round", roundId, null, o.round().name()));
        return ScreeningWorkbook.write(o, work::unitName);
    }

    @Transactional(readOnly = true)
    public ReportPage report(long roundId, long unitId) {
        work.requireView(unitId);
        Round round = round(roundId);
        ScreeningStore.Report r = store.report(roundId, unitId).orElseThrow(
                () -> new NotFound("petition.screening.report-not-found"));
        List<DisputeView> disputes = store.disputes(r.id()).stream().map(d -> view(d, unitId)).toList();
        return new ReportPage(round, unitId, work.unitName(unitId), r.submitted(), r.nil(), r.submittedAt(),
                r.submittedBy(), disputes, !r.submitted() && work.isUnitStaffOf(unitId));
    }

    /** A unit's staff add a dispute to their unit's report, while it is not yet reported. */
    @Transactional
    public long addDispute(long roundId, Map<String, String> typed) {
        StaffPrincipal staff = work.unitStaff();
        ScreeningStore.Report r = openReport(roundId, staff.unitId());
        Checks checks = new Checks(typed);
        String matter = checks.text("matter", 1000, true);
        String parties = checks.text("parties", 500, true);
        String place = checks.text("place", 200, true);
        Risk risk = checks.choice("risk", Risk.class);
        String measures = checks.text("measures", 1000, true);
        DisputeState state = checks.choice("state", DisputeState.class);
        checks.done();
        long id = store.addDispute(r.id(), matter, cipher.encrypt(parties), place, risk, measures, state);
        audit.record(AuditEvent.of("petition.screening.dispute.add", "screening-dispute", id, staff.unitId(),
                cut(matter)));
        return id;
    }

    @Transactional
    public void removeDispute(long roundId, long disputeId) {
        StaffPrincipal staff = work.unitStaff();
        ScreeningStore.Report r = openReport(roundId, staff.unitId());
        if (store.removeDispute(r.id(), disputeId) == 0) {
            throw new NotFound("petition.screening.dispute-not-found");
        }
        audit.record(AuditEvent.of("petition.screening.dispute.remove", "screening-dispute", disputeId,
                staff.unitId(), ""));
    }

    /** The unit reports what it entered; {@code nil} reports that it found none (and needs none entered). */
    @Transactional
    public void submit(long roundId, boolean nil) {
        StaffPrincipal staff = work.unitStaff();
        ScreeningStore.Report r = openReport(roundId, staff.unitId());
        int found = store.disputes(r.id()).size();
        if (nil && found > 0) {
            throw Refused.of("nil", "petition.screening.nil-with-disputes", found);
        }
        if (!nil && found == 0) {
            throw Refused.of("nil", "petition.screening.nothing-entered");
        }
        store.submit(r.id(), nil, staff.displayName(), OffsetDateTime.now(clock));
        cases.move(r.caseId(), CaseStep.to(ScreeningReportType.SUBMITTED, nil ? "无矛盾纠纷（零报告）" : found + " 件矛盾纠纷"));
        audit.record(AuditEvent.of("petition.screening.submit", "screening-report", r.id(), staff.unitId(),
                nil ? "零报告" : found + " 件"));
    }

    private ScreeningStore.Report openReport(long roundId, long unitId) {
        round(roundId);
        ScreeningStore.Report r = store.report(roundId, unitId).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("the round is not the unit's"));
        if (r.submitted()) {
            throw Refused.of(null, "petition.screening.already-submitted");
        }
        return r;
    }

    private Round round(long id) {
        return store.round(id).orElseThrow(() -> new NotFound("petition.screening.not-found"));
    }

    private DisputeView view(ScreeningStore.Dispute d, long unitId) {
        return new DisputeView(d.id(), unitId, d.matter(), cipher.decrypt(d.partiesSealed()), d.place(), d.risk(),
                d.measures(), d.state());
    }

    static Map<Risk, Integer> byRisk(List<DisputeView> disputes) {
        Map<Risk, Integer> m = new EnumMap<>(Risk.class);
        for (Risk r : Risk.values()) {
            m.put(r, 0);
        }
        disputes.forEach(d -> m.merge(d.risk(), 1, Integer::sum));
        return m;
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
