package org.zhengwu.supervision.internal.annualreport;

import java.util.Arrays;
import java.util.List;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.Ui;

/** The problems of a refused report form, every field's at once; nothing was kept. */
public class ReportProblems extends RuntimeException {

    private final List<RuleViolation> problems;

    ReportProblems(List<RuleViolation> problems) {
        super(problems.size() + " problems in the annual report form");
        this.problems = List.copyOf(problems);
    }

    public List<RuleViolation> problems() {
        return problems;
    }

    /** The messages in the user's words; a field named in a message is given by its label. */
    public List<String> messages(Ui ui) {
        return problems.stream().map(p -> ui.t(p.key(), Arrays.stream(p.args())
                .map(a -> a instanceof ReportValues.Label l ? ui.t(l.key()) : a).toArray())).toList();
    }
}
