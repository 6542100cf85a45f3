package org.zhengwu.services.internal.application;

import java.util.List;
import org.zhengwu.platform.RuleViolation;

/** An application refused with every problem named; nothing of it has been stored. */
public class InvalidApplication extends RuleViolation {

    private final transient List<Problem> problems;

    public InvalidApplication(List<Problem> problems) {
        super("service.apply.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
