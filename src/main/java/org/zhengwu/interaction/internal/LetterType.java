package org.zhengwu.interaction.internal;

import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseFlow;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;

/** Letters as the case engine knows them: type {@code letter}, with {@link LetterFlow}. */
@Component
public class LetterType implements CaseType {

    public static final String CODE = "letter";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "interaction.letter.type";
    }

    @Override
    public CaseFlow flow() {
        return LetterFlow.CASE_FLOW;
    }

    /** The reference of a letter's case is its tracking number, which is also its console address. */
    @Override
    public String consolePath(CaseView c) {
        return "/admin/letters/" + c.reference();
    }
}
