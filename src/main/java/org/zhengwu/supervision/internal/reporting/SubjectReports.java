package org.zhengwu.supervision.internal.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports a unit owes on each of its subjects rather than on itself: the rural e-commerce stations' monthly report is
 * one per station, entered by the staff of the unit the station belongs to. Each is an ordinary report of the form
 * (a case of type {@code report} owned by the unit: submitted, approved, returned, reminded and overdue through
 * {@link ReportDesk} like any other), told apart by its subject id; the feature that owns the subjects decides which
 * are due and opens them here.
 */
@Service
public class SubjectReports {

    /** One received figure of a subject's report. */
    public record Figure(long subjectId, LocalDate periodStart, String fieldKey, java.math.BigDecimal value) {
    }

    private final ReportFormStore forms;
    private final SubmissionStore submissions;
    private final ReportDesk desk;
    private final Clock clock;

    SubjectReports(ReportFormStore forms, SubmissionStore submissions, ReportDesk desk, Clock clock) {
        this.forms = forms;
        this.submissions = submissions;
        this.desk = desk;
        this.clock = clock;
    }

    /**
     * Opens the unit's report on the subject for the period of the form starting on {@code periodStart}, unless it is
     * open already; returns the report's id.
     */
    @Transactional
    public long open(String formCode, long unitId, long subjectId, String subjectName, LocalDate periodStart) {
        if (subjectId <= 0) {
            throw new IllegalArgumentException("a subject's id is above 0");
        }
        ReportForm form = form(formCode);
        Submission existing = submissions.ofSubjects(form.id(), periodStart).get(subjectId);
        if (existing != null) {
            return existing.id();
        }
        return desk.open(form, unitId, subjectId, subjectName, periodStart, LocalDate.now(clock));
    }

    /** The subjects' reports of one period, by subject id. */
    @Transactional(readOnly = true)
    public Map<Long, Submission> ofPeriod(String formCode, LocalDate periodStart) {
        return submissions.ofSubjects(form(formCode).id(), periodStart);
    }

    /** The numbers of the received (submitted or approved) subject reports over {@code from}..{@code to}. */
    @Transactional(readOnly = true)
    public List<Figure> figures(String formCode, LocalDate from, LocalDate to) {
        return submissions.subjectFigures(form(formCode).id(), from, to).stream()
                .map(f -> new Figure(f.unitId(), f.periodStart(), f.fieldKey(), f.value())).toList();
    }

    private ReportForm form(String code) {
        return forms.findByCode(code).orElseThrow(() -> new IllegalStateException("no report form " + code));
    }
}
