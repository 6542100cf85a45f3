package org.zhengwu.interaction.internal.survey;

import java.util.List;

/**
 * One question of a survey, in its order. {@code maxChoices} (multiple choice) and {@code maxLength} (text) are null
 * where they do not apply; a multiple-choice question without a maximum takes any number of its options.
 */
public record Question(long id, int position, QuestionKind kind, String prompt, boolean required, Integer maxChoices,
                Integer maxLength, List<Choice> choices) {

    public Question {
        choices = List.copyOf(choices);
    }

    /** One option of a choice question. {@code key} is its letter (A, B, C…), which the charts show. */
    public record Choice(long id, int position, String label) {

        public String key() {
            return Choice.keyOf(position);
        }

        static String keyOf(int position) {
            return position < 26 ? String.valueOf((char) ('A' + position)) : "Z" + (position - 25);
        }
    }

    /** The number shown before the prompt, from 1. */
    public int number() {
        return position + 1;
    }
}
