package org.zhengwu.cases;

import org.springframework.stereotype.Component;

/**
 * A case type for the engine's tests only (跑腿事项), picked up by the shared test context: the dispatcher assigns
 * an errand (NEW → ASSIGNED) or rejects it; the unit works on it, sends it to its leader's check and finishes it;
 * a finished errand may be reopened; an open one goes back to the dispatcher by a return.
 */
@Component
public class ErrandType implements CaseType {

    public static final String CODE = "test-errand";

    public static final CaseFlow FLOW = CaseFlow.builder("cases.test-errand.state")
            .state("NEW", CasePhase.UNASSIGNED)
            .state("ASSIGNED", CasePhase.OPEN)
            .state("CHECKING", CasePhase.OPEN)
            .state("DONE", CasePhase.CLOSED)
            .state("REJECTED", CasePhase.CLOSED)
            .state("REOPENED", CasePhase.OPEN)
            .move("NEW", "ASSIGNED", "REJECTED")
            .move("ASSIGNED", "CHECKING", "NEW", "DONE")
            .move("CHECKING", "ASSIGNED", "DONE")
            .move("DONE", "REOPENED")
            .move("REOPENED", "CHECKING", "DONE", "NEW")
            .move("REJECTED", "NEW")
            .build();

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "cases.test-errand.name";
    }

    @Override
    public CaseFlow flow() {
        return FLOW;
    }

    @Override
    public String consolePath(CaseView c) {
        return "/admin/errands/" + c.id();
    }
}
