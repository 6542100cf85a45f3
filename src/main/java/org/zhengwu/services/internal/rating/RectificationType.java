package org.zhengwu.services.internal.rating;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;

/**
 * 整改 as the case engine knows it: type {@code rectification}, opened for the unit by a bad rating, due in
 * {@link #WORKING_DAYS} working days, reminded and escalated like any case, closed by the return visit (回访).
 */
@Component
public class RectificationType implements CaseType {

    public static final String CODE = "rectification";
    public static final int WORKING_DAYS = 5;
    static final String OPEN = "OPEN";
    static final String RECTIFIED = "RECTIFIED";
    private static final CaseFlow FLOW = CaseFlow.builder("service.rectification.state")
            .state(OPEN, CasePhase.OPEN).state(RECTIFIED, CasePhase.CLOSED).move(OPEN, RECTIFIED).build();

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "service.rectification.type";
    }

    @Override
    public CaseFlow flow() {
        return FLOW;
    }

    /** Rectifying is the unit's own work: there is nobody to wait for, so no pause. */
    @Override
    public Set<String> pauseKinds() {
        return Set.of();
    }

    /** The reference is the rated application's number. */
    @Override
    public String consolePath(CaseView c) {
        return "/admin/services/rectifications/" + c.reference();
    }
}
