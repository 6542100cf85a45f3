package org.zhengwu.interaction.internal.survey;

/** A questionnaire (调查) or a call for opinions on a draft policy (意见征集). */
public enum SurveyKind {
    SURVEY, SOLICITATION;

    static SurveyKind parse(String text) {
        for (SurveyKind k : values()) {
            if (k.name().equals(text == null ? "" : text.strip())) {
                return k;
            }
        }
        throw new org.zhengwu.platform.RuleViolation("survey.kind.invalid");
    }
}
