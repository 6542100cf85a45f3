package org.zhengwu.interaction.internal.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The counts of a survey: how many responded, and for each question how many answered it and how often each option
 * was chosen. A percentage is of those who answered the question (so the options of a multiple-choice question may
 * add up to more than 100 %), to one decimal place.
 */
public record Results(int responses, List<QuestionResult> questions) {

    public record QuestionResult(Question question, int answered, List<ChoiceCount> choices) {

        /** The most chosen option's count, for the chart's scale; 0 when nobody answered. */
        public int highest() {
            return choices.stream().mapToInt(ChoiceCount::count).max().orElse(0);
        }
    }

    public record ChoiceCount(Question.Choice choice, int count, String percent) {
    }

    /**
     * Builds the results from the stored counts: {@code chosen} counts per option id, {@code answered} the responses
     * that answered each question, by question id.
     */
    static Results of(int responses, List<Question> questions, Map<Long, Integer> chosen, Map<Long, Integer> answered) {
        return new Results(responses, questions.stream().map(q -> {
            int n = answered.getOrDefault(q.id(), 0);
            return new QuestionResult(q, n, q.choices().stream()
                    .map(c -> {
                        int count = chosen.getOrDefault(c.id(), 0);
                        return new ChoiceCount(c, count, percent(count, n));
                    }).toList());
        }).toList());
    }

    /** 3 of 7 is "42.9%"; nothing of nothing is "0%". */
    static String percent(int count, int of) {
        if (of == 0) {
            return "0%";
        }
        BigDecimal p = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
        return p.stripTrailingZeros().toPlainString() + "%";
    }

    QuestionResult question(long questionId) {
        return questions.stream().filter(q -> q.question().id() == questionId).findFirst().orElse(null);
    }
}
