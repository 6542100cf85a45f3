package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The supervisor's annual targets per unit and the month's dashboard: 序时进度, completion rates, the three rates and
 * the ranking of units ({@link Standings}), read by supervisors and by every unit's staff.
 */
@Service
public class InvestmentBoard {

    private final FigureStore figures;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final SiteDirectory sites;
    private final Projects projects;
    private final Clock clock;

    InvestmentBoard(FigureStore figures, UnitScope scope, AuditTrail audit, SiteDirectory sites, Projects projects,
                    Clock clock) {
        this.figures = figures;
        this.scope = scope;
        this.audit = audit;
        this.sites = sites;
        this.projects = projects;
        this.clock = clock;
    }

    /** The month's board; the month defaults to the current one and may not lie ahead. */
    @Transactional(readOnly = true)
    public Standings.Board board(YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        YearMonth m = month == null || month.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : month;
        LocalDate asOf = Standings.asOf(m, today);
        LocalDate from = m.atDay(1).withDayOfYear(1);
        return Standings.board(m, today, figures.targets(m.getYear()), figures.counts(from, asOf),
                figures.sums(from, m.atDay(1)), figures.stalled(today.minusMonths(projects.stalledMonths())),
                id -> sites.unit(id).map(Unit::name).orElse("#" + id));
    }

    @Transactional(readOnly = true)
    public Map<Long, Target> targets(int year) {
        return figures.targets(year);
    }

    /** The supervisor sets a unit's targets for a year; refused field by field, nothing stored. */
    @Transactional
    public Target setTarget(long unitId, String yearTyped, String signed, String contracted, String inPlace,
                            String started) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        List<InvalidReport.Problem> problems = new ArrayList<>();
        ProjectRules.Problems p = new ProjectRules.Problems(0, problems);
        if (sites.unit(unitId).isEmpty()) {
            p.add("unit", "investment.check.unit", String.valueOf(unitId));
        }
        Integer year = count(yearTyped, "year", 2000, 2100, p);
        Integer signedCount = count(signed, "signedProjects", 0, 100000, p);
        ProjectRules rules = projects.rules();
        BigDecimal c = rules.amount(contracted, "contracted", p);
        BigDecimal f = rules.amount(inPlace, "inPlace", p);
        Integer startedCount = count(started, "startedProjects", 0, 100000, p);
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        Target t = new Target(unitId, year, signedCount, c, f, startedCount);
        figures.target(t);
        audit.record(AuditEvent.of("investment.target", "investment-target", unitId + "/" + year, unitId,
                "签约 " + signedCount + " 合同引资 " + c + " 到位资金 " + f + " 开工 " + startedCount));
        return t;
    }

    private static Integer count(String typed, String field, int min, int max, ProjectRules.Problems p) {
        String v = typed == null ? "" : typed.strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        p.add(field, v.isEmpty() ? "investment.check.required" : "investment.check.count", v, min, max);
        return null;
    }
}
