package org.zhengwu.interaction;

import org.zhengwu.cases.CasePhase;

/**
 * Where a letter stands, in the hall's words; labels are {@code interaction.letter.state.NAME}. The moves between
 * them are the letter's flow ({@code interaction.internal.LetterFlow}).
 */
public enum LetterState {
    /** 待分办: with the dispatcher (new, or returned by a unit as not theirs). */
    RECEIVED(CasePhase.UNASSIGNED),
    /** 办理中: a unit writes the answer. */
    ASSIGNED(CasePhase.OPEN),
    /** 答复审核中: the unit's leader (单位审核人) reviews the answer. */
    ANSWER_IN_REVIEW(CasePhase.OPEN),
    /** 已答复: the answer was sent to the writer. */
    ANSWERED(CasePhase.CLOSED),
    /** 不予受理: refused by the dispatcher (spam, abuse, a duplicate, not the government's business). */
    REFUSED(CasePhase.CLOSED),
    /** 重新办理: the writer was not satisfied; the unit answers once more, with a new time limit. */
    REOPENED(CasePhase.OPEN);

    private final CasePhase phase;

    LetterState(CasePhase phase) {
        this.phase = phase;
    }

    public CasePhase phase() {
        return phase;
    }

    public String labelKey() {
        return "interaction.letter.state." + name();
    }
}
