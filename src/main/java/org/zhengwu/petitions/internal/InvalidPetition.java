package org.zhengwu.petitions.internal;

import java.util.List;

/**
 * A petition form refused field by field: each problem names its field (null for the whole form) and a message key
 * of the petitions bundle with its arguments. Nothing has been stored when it is thrown.
 */
public class InvalidPetition extends RuntimeException {

    public record Problem(String field, String key, Object[] args) {
    }

    private final transient List<Problem> problems;

    public InvalidPetition(List<Problem> problems) {
        super(problems.stream().map(Problem::key).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public static InvalidPetition of(String field, String key, Object... args) {
        return new InvalidPetition(List.of(new Problem(field, key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
