package org.zhengwu.services.internal.application;

import org.zhengwu.cases.CasePhase;

/** Where an application stands. Label key {@code service.application.state.NAME}. */
public enum ApplicationState {
    /** 已提交 */
    SUBMITTED(CasePhase.OPEN),
    /** 已受理 */
    ACCEPTED(CasePhase.OPEN),
    /** 不予受理 */
    REFUSED_INTAKE(CasePhase.CLOSED),
    /** 待补正: the applicant is to correct or add materials */
    CORRECTION(CasePhase.OPEN),
    /** 审查中 */
    REVIEW(CasePhase.OPEN),
    /** 中止: handling suspended with a reason (the clock stopped) until the unit resumes it (恢复) */
    SUSPENDED(CasePhase.OPEN),
    /** 准予许可 (decided; 办结 follows with the result) */
    GRANTED(CasePhase.OPEN),
    /** 不予许可 (decided; 办结 follows with the decision) */
    DENIED(CasePhase.OPEN),
    /** 办结 */
    DONE(CasePhase.CLOSED);

    private final CasePhase phase;

    ApplicationState(CasePhase phase) {
        this.phase = phase;
    }

    public CasePhase phase() {
        return phase;
    }
}
