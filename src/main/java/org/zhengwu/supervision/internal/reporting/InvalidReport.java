package org.zhengwu.supervision.internal.reporting;

import java.util.List;

/**
 * A report (or a form definition, or an import) refused field by field: each problem names the field it is about
 * (null for the whole) and a message key with its arguments. Nothing has been stored when it is thrown.
 */
public class InvalidReport extends RuntimeException {

    public record Problem(String field, String key, Object[] args) {
    }

    private final transient List<Problem> problems;

    public InvalidReport(List<Problem> problems) {
        super(problems.stream().map(Problem::key).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
