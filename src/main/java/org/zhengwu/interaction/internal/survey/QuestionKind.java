package org.zhengwu.interaction.internal.survey;

import org.zhengwu.platform.RuleViolation;

/** How a question is answered: one option, several options, or in words. */
public enum QuestionKind {
    SINGLE, MULTIPLE, TEXT;

    public boolean hasOptions() {
        return this != TEXT;
    }

    static QuestionKind parse(String text) {
        for (QuestionKind k : values()) {
            if (k.name().equals(text == null ? "" : text.strip())) {
                return k;
            }
        }
        throw new RuleViolation("survey.question.kind.invalid");
    }
}
