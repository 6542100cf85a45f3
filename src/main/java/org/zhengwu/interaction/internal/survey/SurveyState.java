package org.zhengwu.interaction.internal.survey;

import org.zhengwu.platform.RuleViolation;

/**
 * The life of a survey, in one place: DRAFT (questions are edited; nobody outside sees it) → OPEN (published; answers
 * are taken between its opening and closing time) → CLOSED (at the closing time, or early by hand) →
 * RESULTS_PUBLISHED (counts, charts and the government's feedback are public). Nothing goes back. Each step refuses
 * loudly, with a message key, from any other state.
 */
public enum SurveyState {
    DRAFT, OPEN, CLOSED, RESULTS_PUBLISHED;

    /** Questions, options, title and times change only while the survey is a draft. */
    void requireEditable() {
        if (this != DRAFT) {
            throw new RuleViolation("survey.state.not-editable");
        }
    }

    /** 发布: a draft becomes open. */
    SurveyState open() {
        if (this != DRAFT) {
            throw new RuleViolation("survey.state.not-draft");
        }
        return OPEN;
    }

    /** 提前结束: an open survey stops taking answers. */
    SurveyState close() {
        if (this != OPEN) {
            throw new RuleViolation("survey.state.not-open");
        }
        return CLOSED;
    }

    /**
     * 公布结果: from CLOSED, or from OPEN once its closing time has passed ({@code pastClosing}); results of a survey
     * that still takes answers would change under the reader's eyes.
     */
    SurveyState publishResults(boolean pastClosing) {
        if (this == CLOSED || (this == OPEN && pastClosing)) {
            return RESULTS_PUBLISHED;
        }
        throw new RuleViolation(this == RESULTS_PUBLISHED ? "survey.state.already-published" : "survey.state.not-closed");
    }

    /** Whether the public may see the survey at all (its page, the list). */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
