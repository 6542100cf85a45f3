package org.zhengwu.supervision.internal.reporting;

/** Where one unit's report for one period stands; label key {@code reporting.state.NAME}. */
public enum SubmissionState {
    /** 待报送: the unit has not submitted it yet. */
    DUE,
    /** 已报送: waiting for the supervisor. */
    SUBMITTED,
    /** 已退回: the supervisor sent it back with a reason; the unit corrects and submits it again. */
    RETURNED,
    /** 已审核: the supervisor approved it. Submitted and approved reports count in the aggregates, returned ones not. */
    APPROVED;

    /** Whether the unit may fill it in and submit. */
    public boolean withUnit() {
        return this == DUE || this == RETURNED;
    }
}
