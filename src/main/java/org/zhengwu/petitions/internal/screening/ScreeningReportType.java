package org.zhengwu.petitions.internal.screening;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;

/**
 * A unit's report in a screening round as a case (排查报告): owned by the unit from the round's opening, due on the
 * round's day, reminded and escalated by the engine like every case; DUE while the unit enters its disputes, SUBMITTED
 * (closed, on time or late by the engine's closing time) once reported, with disputes or nil.
 */
@Component
class ScreeningReportType implements CaseType {

    static final String CODE = "screening-report";
    static final String DUE = "DUE";
    static final String SUBMITTED = "SUBMITTED";

    private static final CaseFlow FLOW = CaseFlow.builder("petition.screening.case")
            .state(DUE, CasePhase.OPEN)
            .state(SUBMITTED, CasePhase.CLOSED)
            .move(DUE, SUBMITTED)
            .build();

    /** {@code PC-ROUND-UNIT}: one report per round and unit. */
    static String reference(long roundId, long unitId) {
        return "PC-" + roundId + "-" + unitId;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "petition.screening.case.name";
    }

    @Override
    public CaseFlow flow() {
        return FLOW;
    }

    @Override
    public Set<String> pauseKinds() {
        return Set.of();
    }

    @Override
    public String consolePath(CaseView c) {
        String[] parts = c.reference().split("-");
        return "/admin/petitions/screening/" + parts[1] + "/units/" + parts[2];
    }
}
