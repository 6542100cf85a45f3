package org.zhengwu.interaction.internal.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhengwu.platform.RuleViolation;

/**
 * A question as the administrator typed it, checked: a prompt, whether it must be answered, and for choice questions
 * two to thirty distinct options (one a line) and, for multiple choice, an optional maximum; for text questions the
 * length cap (default {@value #DEFAULT_LENGTH} characters).
 */
public record QuestionFields(QuestionKind kind, String prompt, boolean required, Integer maxChoices, Integer maxLength,
                      List<String> options) {

    static final int MAX_PROMPT = 300;
    static final int MAX_OPTION = 200;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 30;
    static final int DEFAULT_LENGTH = 500;
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 5000;

    public QuestionFields {
        options = List.copyOf(options);
    }

    /** The form as typed; {@code options} one a line; {@code required} null when its box was left unticked. */
    public record Input(String kind, String prompt, Boolean required, String maxChoices, String maxLength,
                        String options) {

        public boolean requiredTicked() {
            return Boolean.TRUE.equals(required);
        }

        static Input empty() {
            return new Input("SINGLE", "", true, "", "", "");
        }

        static Input of(Question q) {
            return new Input(q.kind().name(), q.prompt(), q.required(),
                    q.maxChoices() == null ? "" : q.maxChoices().toString(),
                    q.maxLength() == null ? "" : q.maxLength().toString(),
                    String.join("\n", q.choices().stream().map(Question.Choice::label).toList()));
        }
    }

    static QuestionFields check(Input in) {
        QuestionKind kind = QuestionKind.parse(in.kind());
        String prompt = in.prompt() == null ? "" : in.prompt().strip();
        if (prompt.isEmpty()) {
            throw new RuleViolation("survey.question.prompt.required");
        }
        if (prompt.length() > MAX_PROMPT) {
            throw new RuleViolation("survey.question.prompt.too-long", MAX_PROMPT);
        }
        if (kind == QuestionKind.TEXT) {
            Integer length = number(in.maxLength(), "survey.question.max-length");
            int cap = length == null ? DEFAULT_LENGTH : length;
            if (cap < MIN_LENGTH || cap > MAX_LENGTH) {
                throw new RuleViolation("survey.question.max-length.range", MIN_LENGTH, MAX_LENGTH);
            }
            return new QuestionFields(kind, prompt, in.requiredTicked(), null, cap, List.of());
        }
        List<String> options = options(in.options());
        Integer max = kind == QuestionKind.MULTIPLE ? number(in.maxChoices(), "survey.question.max-choices") : null;
        if (max != null && (max < 1 || max > options.size())) {
            throw new RuleViolation("survey.question.max-choices.range", options.size());
        }
        return new QuestionFields(kind, prompt, in.requiredTicked(), max, null, options);
    }

    private static List<String> options(String text) {
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String option = line.strip();
            if (option.isEmpty()) {
                continue;
            }
            if (option.length() > MAX_OPTION) {
                throw new RuleViolation("survey.question.option.too-long", options.size() + 1, MAX_OPTION);
            }
            if (!seen.add(option)) {
                throw new RuleViolation("survey.question.option.duplicate", option);
            }
            options.add(option);
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new RuleViolation("survey.question.options.count", MIN_OPTIONS, MAX_OPTIONS);
        }
        return options;
    }

    /** A whole number typed in a field, null when left empty. */
    private static Integer number(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new RuleViolation(field + ".invalid", t);
        }
    }
}
