package org.zhengwu.interaction.internal.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhengwu.platform.web.FormError;

/**
 * A citizen's answers checked against the survey's questions, all at once so every problem can be shown next to its
 * question: a required question left empty, more options than a multiple-choice question allows, two options for a
 * single choice, an option of another question (a forged form), a text over its length cap. Each message names the
 * question by its number and prompt. What was sent is kept to fill the form in again.
 */
final class AnswerSheet {

    /** The field name of a question in the public form. */
    static String field(long questionId) {
        return "q" + questionId;
    }

    /** One stored answer: a chosen option, or a written text. */
    record Answer(long questionId, Long optionId, String text) {
    }

    /**
     * The outcome: the answers to store when {@code errors} is empty; otherwise the error of each question that has
     * one, by question id, in question order. {@code sent} holds what was sent for each question.
     */
    record Checked(List<Answer> answers, Map<Long, FormError> errors, Map<Long, List<String>> sent) {

        boolean accepted() {
            return errors.isEmpty();
        }

        List<String> sentFor(long questionId) {
            return sent.getOrDefault(questionId, List.of());
        }
    }

    private AnswerSheet() {
    }

    /** Checks what was sent ({@code sent}: the values of each question's field, absent or empty when unanswered). */
    static Checked check(List<Question> questions, Map<Long, List<String>> sent) {
        List<Answer> answers = new ArrayList<>();
        Map<Long, FormError> errors = new LinkedHashMap<>();
        Map<Long, List<String>> kept = new LinkedHashMap<>();
        for (Question q : questions) {
            List<String> values = sent.getOrDefault(q.id(), List.of()).stream()
                    .map(v -> v == null ? "" : v).toList();
            kept.put(q.id(), values);
            FormError error = q.kind() == QuestionKind.TEXT ? text(q, values, answers) : choices(q, values, answers);
            if (error != null) {
                errors.put(q.id(), error);
            }
        }
        return new Checked(errors.isEmpty() ? List.copyOf(answers) : List.of(), errors, kept);
    }

    private static FormError choices(Question q, List<String> values, List<Answer> answers) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String v : values) {
            if (!v.isBlank()) {
                chosen.add(v.strip());
            }
        }
        if (chosen.isEmpty()) {
            return q.required() ? FormError.of("survey.answer.required", q.number(), q.prompt()) : null;
        }
        if (q.kind() == QuestionKind.SINGLE && chosen.size() > 1) {
            return FormError.of("survey.answer.single.one", q.number(), q.prompt());
        }
        if (q.kind() == QuestionKind.MULTIPLE && q.maxChoices() != null && chosen.size() > q.maxChoices()) {
            return FormError.of("survey.answer.multiple.too-many", q.number(), q.prompt(), q.maxChoices(), chosen.size());
        }
        List<Answer> mine = new ArrayList<>();
        for (String v : chosen) {
            Question.Choice choice = q.choices().stream().filter(c -> String.valueOf(c.id()).equals(v)).findFirst()
                    .orElse(null);
            if (choice == null) {
                return FormError.of("survey.answer.option.invalid", q.number(), q.prompt());
            }
            mine.add(new Answer(q.id(), choice.id(), null));
        }
        answers.addAll(mine);
        return null;
    }

    private static FormError text(Question q, List<String> values, List<Answer> answers) {
        if (values.size() > 1) {
            return FormError.of("survey.answer.text.one", q.number(), q.prompt());
        }
        String text = values.isEmpty() ? "" : clean(values.get(0));
        if (text.isEmpty()) {
            return q.required() ? FormError.of("survey.answer.required", q.number(), q.prompt()) : null;
        }
        int length = text.codePointCount(0, text.length());
        if (q.maxLength() != null && length > q.maxLength()) {
            return FormError.of("survey.answer.text.too-long", q.number(), q.prompt(), q.maxLength(), length);
        }
        answers.add(new Answer(q.id(), null, text));
        return null;
    }

    /** Line breaks as \n, no other control characters, no surrounding blanks. */
    static String clean(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    }
}
