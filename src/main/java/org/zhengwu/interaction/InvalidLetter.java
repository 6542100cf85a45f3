package org.zhengwu.interaction;

import java.util.List;
import org.zhengwu.platform.RuleViolation;

/** A letter refused as submitted, with every problem found (not only the first); nothing was stored. */
public class InvalidLetter extends RuleViolation {

    private final transient List<LetterProblem> problems;

    public InvalidLetter(List<LetterProblem> problems) {
        super(problems.get(0).key(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<LetterProblem> problems() {
        return problems;
    }
}
