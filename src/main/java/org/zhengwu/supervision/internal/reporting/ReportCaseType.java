package org.zhengwu.supervision.internal.reporting;

import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;

/**
 * One unit's report for one period as the case engine knows it (type {@code report}). The unit's work is the open
 * part: the case is due (DUE) from the period's start until the unit submits, and again after a return (RETURNED);
 * a submission closes it (SUBMITTED: the time taken is fixed, so on time or late is the engine's own reading), and
 * the supervisor approves it (APPROVED) or returns it with a reason, which reopens it with fresh working days.
 *
 * <pre>
 *  DUE ──submit──▶ SUBMITTED ──approve──▶ APPROVED
 *                   │    ▲
 *            return │    │ submit again
 *                   ▼    │
 *                  RETURNED
 * </pre>
 */
@Component
public class ReportCaseType implements CaseType {

    public static final String CODE = "report";

    static final CaseFlow FLOW = CaseFlow.builder("reporting.state")
            .state(SubmissionState.DUE.name(), CasePhase.OPEN)
            .state(SubmissionState.SUBMITTED.name(), CasePhase.CLOSED)
            .state(SubmissionState.RETURNED.name(), CasePhase.OPEN)
            .state(SubmissionState.APPROVED.name(), CasePhase.CLOSED)
            .move(SubmissionState.DUE.name(), SubmissionState.SUBMITTED.name())
            .move(SubmissionState.SUBMITTED.name(), SubmissionState.APPROVED.name(), SubmissionState.RETURNED.name())
            .move(SubmissionState.RETURNED.name(), SubmissionState.SUBMITTED.name())
            .build();

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "reporting.case.type";
    }

    @Override
    public CaseFlow flow() {
        return FLOW;
    }

    /** The reference of a report's case is {@code form code/unit id/period start}. */
    @Override
    public String consolePath(CaseView c) {
        return "/admin/supervision/reports/case/" + c.id();
    }
}
