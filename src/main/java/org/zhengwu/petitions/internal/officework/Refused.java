package org.zhengwu.petitions.internal.officework;

import java.util.List;

/**
 * A form of the petition office's work (a screening round, a dispute, a duty roster) refused field by field: each
 * problem names its field (null for the whole form) and a message key with its arguments. Nothing has been stored.
 */
public class Refused extends RuntimeException {

    public record Problem(String field, String key, Object[] args) {
    }

    private final transient List<Problem> problems;

    public Refused(List<Problem> problems) {
        super(problems.stream().map(Problem::key).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public static Refused of(String field, String key, Object... args) {
        return new Refused(List.of(new Problem(field, key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
