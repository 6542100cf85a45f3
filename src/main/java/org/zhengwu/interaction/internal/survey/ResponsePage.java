package org.zhengwu.interaction.internal.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a survey's responses or opinions in the console, with the links to its neighbours (null at the ends).
 * {@code rows} are the responses with one text per question, or the opinions.
 */
public record ResponsePage(Survey survey, List<Question> questions, List<ResponseRow> rows, int page, int pages,
                           int total, String previous, String next) {

    /** A response (its number, time and the answer to each question) or an opinion (one answer). */
    public record ResponseRow(long id, String submittedAt, List<String> answers) {
    }

    static final int SIZE = 20;

    static ResponsePage of(Survey survey, List<Question> questions, List<ResponseRow> rows, int page, int total,
                           String path) {
        int pages = Math.max(1, (total + SIZE - 1) / SIZE);
        return new ResponsePage(survey, questions, rows, page, pages, total,
                page > 1 ? path + "?page=" + (page - 1) : null, page < pages ? path + "?page=" + (page + 1) : null);
    }

    /** A response as a row: the chosen options' text (joined by "；") or the written answer, per question. */
    static ResponseRow row(SurveyStore.StoredResponse r, List<Question> questions) {
        Map<Long, String> labels = new HashMap<>();
        questions.forEach(q -> q.choices().forEach(c -> labels.put(c.id(), c.label())));
        List<String> answers = new ArrayList<>();
        for (Question q : questions) {
            answers.add(String.join("；", r.answers().stream().filter(a -> a.questionId() == q.id())
                    .map(a -> a.optionId() != null ? labels.getOrDefault(a.optionId(), "") : a.text()).toList()));
        }
        return new ResponseRow(r.id(), SurveyTimes.shown(r.submittedAt()), answers);
    }
}
