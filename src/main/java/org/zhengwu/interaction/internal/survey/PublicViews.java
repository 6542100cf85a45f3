package org.zhengwu.interaction.internal.survey;

import java.util.List;
import java.util.Map;
import org.zhengwu.platform.web.FormError;

/** What the public survey pages show. */
public final class PublicViews {

    private PublicViews() {
    }

    /** The list of surveys: those taking answers, and those that ended. */
    public record ListView(PublicText text, List<Entry> current, List<Entry> ended) {
    }

    /** A survey in the list, with its status label and, once published, the address of its results. */
    public record Entry(Survey survey, String status, String resultsHref) {
    }

    /**
     * A survey's page: its introduction (and draft), and either the form ({@code form} not null) or a message
     * ({@code message}, such as "already answered" or "ended"). A refused form carries its errors by question id, a
     * message for the whole form ({@code formMessage}), and what was sent.
     */
    public record SurveyView(PublicText text, Survey survey, String status, String message, String resultsHref,
                             Form form) {
    }

    /** The answer form: its questions, the anti-abuse token, and what a refused attempt sent. */
    public record Form(List<Question> questions, String action, String token,
                       String formMessage, Map<Long, FormError> errors, Map<Long, List<String>> sent) {

        public FormError error(Question q) {
            return errors.get(q.id());
        }

        public boolean chosen(Question q, Question.Choice c) {
            return sent.getOrDefault(q.id(), List.of()).contains(String.valueOf(c.id()));
        }

        public String written(Question q) {
            List<String> values = sent.getOrDefault(q.id(), List.of());
            return values.isEmpty() ? "" : values.get(0);
        }

        public String field(Question q) {
            return AnswerSheet.field(q.id());
        }

        /** The ids that describe a question's field: its hint and its error, when there are. */
        public String describedBy(Question q) {
            String hint = q.kind() == QuestionKind.SINGLE ? "" : field(q) + "-hint";
            String error = errors.containsKey(q.id()) ? field(q) + "-error" : "";
            String ids = (hint + " " + error).strip();
            return ids.isEmpty() ? null : ids;
        }
    }

    /** The results: counts per question in a table beside the chart, the number of opinions, the feedback. */
    public record ResultsView(PublicText text, Survey survey, Results results, int opinions, List<ChartView> charts) {

        public ChartView chart(Results.QuestionResult r) {
            return charts.stream().filter(c -> c.questionId() == r.question().id()).findFirst().orElse(null);
        }
    }

    /** A question's chart: its address, size and the text that summarises it. */
    public record ChartView(long questionId, String src, int height, String alt) {
    }

    /** A short page with one message (thanks, not found). */
    public record MessageView(PublicText text, String title, String message, String backHref, String backLabel) {
    }
}
