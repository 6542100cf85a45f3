package org.zhengwu.supervision.internal.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.Cases;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.supervision.ReportField;

/**
 * What the supervisor sees of a form: per period, which assigned units have reported (on time or late), which are
 * waiting or returned and which are overdue; and the figures (numbers and amounts) of the received reports summed
 * and averaged by unit and by period over a range of periods.
 */
@Service
public class ReportOverview {

    /** One assigned unit in one period; {@code submission} null when its report has not been opened yet. */
    public record PeriodRow(long unitId, Submission submission, boolean overdue) {
    }

    /**
     * Sums by field key, and how many received reports carry each field; the average is the sum over that count.
     *
     * @param label the unit's name or the period's label
     */
    public record FigureRow(String label, int reports, Map<String, BigDecimal> sums, Map<String, Integer> counts) {

        public BigDecimal sum(String key) {
            return sums.getOrDefault(key, BigDecimal.ZERO);
        }

        /** The average per report that gave the figure, to two decimals; null when none did. */
        public BigDecimal average(String key) {
            Integer n = counts.get(key);
            return n == null || n == 0 ? null : sum(key).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        }
    }

    /** The figures of a form over {@code from}..{@code to} (periods by their first day). */
    public record Aggregate(ReportForm form, LocalDate from, LocalDate to, List<ReportField> figures,
                            List<FigureRow> byUnit, List<FigureRow> byPeriod, FigureRow total) {
    }

    private final ReportFormStore forms;
    private final SubmissionStore submissions;
    private final Cases cases;
    private final UnitScope scope;
    private final Clock clock;

    ReportOverview(ReportFormStore forms, SubmissionStore submissions, Cases cases, UnitScope scope, Clock clock) {
        this.forms = forms;
        this.submissions = submissions;
        this.cases = cases;
        this.scope = scope;
        this.clock = clock;
    }

    /** The periods that have reports, newest first. */
    @Transactional(readOnly = true)
    public List<LocalDate> periods(long formId) {
        return submissions.periods(formId);
    }

    @Transactional(readOnly = true)
    public List<PeriodRow> period(long formId, LocalDate periodStart) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Submission> byUnit = new LinkedHashMap<>();
        submissions.ofPeriod(formId, periodStart).forEach(s -> byUnit.put(s.unitId(), s));
        List<PeriodRow> rows = new ArrayList<>();
        for (long unitId : forms.unitsOf(formId)) {
            Submission s = byUnit.remove(unitId);
            rows.add(new PeriodRow(unitId, s, s != null && s.state().withUnit()
                    && cases.find(s.caseId()).map(c -> c.overdueOn(today)).orElse(false)));
        }
        byUnit.values().forEach(s -> rows.add(new PeriodRow(s.unitId(), s, false)));
        return rows;
    }

    @Transactional(readOnly = true)
    public Aggregate aggregate(long formId, LocalDate from, LocalDate to, Function<Long, String> unitName) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR);
        ReportForm form = forms.find(formId).orElseThrow();
        List<ReportField> figures = form.spec().fields().stream().filter(f -> f.type().figure()).toList();
        List<SubmissionStore.Figure> all = submissions.figures(formId, from, to);
        Map<Long, List<SubmissionStore.Figure>> units = new TreeMap<>();
        Map<LocalDate, List<SubmissionStore.Figure>> periods = new TreeMap<>();
        for (SubmissionStore.Figure f : all) {
            units.computeIfAbsent(f.unitId(), k -> new ArrayList<>()).add(f);
            periods.computeIfAbsent(f.periodStart(), k -> new ArrayList<>()).add(f);
        }
        List<FigureRow> byUnit = units.entrySet().stream()
                .map(e -> row(unitName.apply(e.getKey()), e.getValue())).toList();
        List<FigureRow> byPeriod = periods.entrySet().stream()
                .map(e -> row(form.spec().cycle().label(e.getKey()), e.getValue())).toList();
        return new Aggregate(form, from, to, figures, byUnit, byPeriod, row("合计", all));
    }

    private static FigureRow row(String label, List<SubmissionStore.Figure> figures) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        java.util.Set<String> reports = new java.util.HashSet<>();
        for (SubmissionStore.Figure f : figures) {
            sums.merge(f.fieldKey(), f.value(), BigDecimal::add);
            counts.merge(f.fieldKey(), 1, Integer::sum);
            reports.add(f.unitId() + "/" + f.periodStart());
        }
        return new FigureRow(label, reports.size(), sums, counts);
    }
}
