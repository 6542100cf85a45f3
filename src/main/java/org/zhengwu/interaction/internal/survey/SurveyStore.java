package org.zhengwu.interaction.internal.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables survey, survey_question, survey_option, survey_response and survey_answer. */
@Repository
class SurveyStore {

    private static final String SURVEY_COLUMNS = "id, kind, title, introduction, draft_text, draft_link, opens_at, "
            + "closes_at, state, feedback, created_at, results_at";

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- surveys

    long insert(SurveyFields f, String by, OffsetDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey (kind, title, introduction, draft_text, draft_link, opens_at, closes_at, state, "
                        + "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.kind().name(), f.title(), f.introduction(), f.draftText(), f.draftLink(), f.opensAt(),
                        f.closesAt(), SurveyState.DRAFT.name(), by, at, at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void update(long id, SurveyFields f, OffsetDateTime at) {
        jdbc.sql("UPDATE survey SET kind = ?, title = ?, introduction = ?, draft_text = ?, draft_link = ?, opens_at = ?, "
                        + "closes_at = ?, updated_at = ? WHERE id = ?")
                .params(f.kind().name(), f.title(), f.introduction(), f.draftText(), f.draftLink(), f.opensAt(),
                        f.closesAt(), at, id)
                .update();
    }

    Optional<Survey> find(long id) {
        return jdbc.sql("SELECT " + SURVEY_COLUMNS + " FROM survey WHERE id = ?").param(id)
                .query((rs, n) -> survey(rs)).optional();
    }

    /**
     * The survey, its row locked until the transaction ends: an answer and a closing of the same survey, or two
     * answers counted against the same cap, wait for each other instead of both reading the old state.
     */
    Optional<Survey> lock(long id) {
        return jdbc.sql("SELECT " + SURVEY_COLUMNS + " FROM survey WHERE id = ? FOR UPDATE").param(id)
                .query((rs, n) -> survey(rs)).optional();
    }

    List<Survey> all() {
        return jdbc.sql("SELECT " + SURVEY_COLUMNS + " FROM survey ORDER BY created_at DESC, id DESC")
                .query((rs, n) -> survey(rs)).list();
    }

    /** The surveys the public sees at this moment: published and opened, newest opening first. */
    List<Survey> visible(OffsetDateTime now) {
        return jdbc.sql("SELECT " + SURVEY_COLUMNS + " FROM survey WHERE state <> 'DRAFT' AND opens_at <= ? "
                        + "ORDER BY opens_at DESC, id DESC")
                .param(now).query((rs, n) -> survey(rs)).list();
    }

    /** Moves the survey from one state to the next; false when it was no longer in {@code from}. */
    boolean changeState(long id, SurveyState from, SurveyState to, OffsetDateTime at) {
        String stamp = switch (to) {
            case OPEN -> "opened_at";
            case CLOSED -> "closed_at";
            case RESULTS_PUBLISHED -> "results_at";
            case DRAFT -> throw new IllegalArgumentException("nothing goes back to DRAFT");
        };
        return jdbc.sql("UPDATE survey SET state = ?, " + stamp + " = ?, updated_at = ? WHERE id = ? AND state = ?")
                .params(to.name(), at, at, id, from.name()).update() == 1;
    }

    /** An early end moves the closing time to the moment of closing. */
    void closeAt(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE survey SET closes_at = ? WHERE id = ?").params(at, id).update();
    }

    void feedback(long id, String html, OffsetDateTime at) {
        jdbc.sql("UPDATE survey SET feedback = ?, updated_at = ? WHERE id = ?").params(html, at, id).update();
    }

    // --- questions and options

    List<Question> questions(long surveyId) {
        Map<Long, List<Question.Choice>> choices = new HashMap<>();
        jdbc.sql("SELECT o.question_id, o.id, o.position, o.label FROM survey_option o "
                        + "JOIN survey_question q ON q.id = o.question_id WHERE q.survey_id = ? ORDER BY o.position, o.id")
                .param(surveyId)
                .query(rs -> {
                    choices.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Question.Choice(rs.getLong(2), rs.getInt(3), rs.getString(4)));
                });
        return jdbc.sql("SELECT id, position, kind, prompt, required, max_choices, max_length FROM survey_question "
                        + "WHERE survey_id = ? ORDER BY position, id")
                .param(surveyId)
                .query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), QuestionKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5), (Integer) rs.getObject(6, Integer.class),
                        (Integer) rs.getObject(7, Integer.class), choices.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    long insertQuestion(long surveyId, int position, QuestionFields f) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_question (survey_id, position, kind, prompt, required, max_choices, max_length) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(surveyId, position, f.kind().name(), f.prompt(), f.required(), f.maxChoices(), f.maxLength())
                .update(key, "id");
        long id = key.getKey().longValue();
        insertOptions(id, f.options());
        return id;
    }

    void updateQuestion(long questionId, QuestionFields f) {
        jdbc.sql("UPDATE survey_question SET kind = ?, prompt = ?, required = ?, max_choices = ?, max_length = ? "
                        + "WHERE id = ?")
                .params(f.kind().name(), f.prompt(), f.required(), f.maxChoices(), f.maxLength(), questionId).update();
        jdbc.sql("DELETE FROM survey_option WHERE question_id = ?").param(questionId).update();
        insertOptions(questionId, f.options());
    }

    private void insertOptions(long questionId, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            jdbc.sql("INSERT INTO survey_option (question_id, position, label) VALUES (?, ?, ?)")
                    .params(questionId, i, labels.get(i)).update();
        }
    }

    void deleteQuestion(long questionId) {
        jdbc.sql("DELETE FROM survey_question WHERE id = ?").param(questionId).update();
    }

    /** Writes the questions' positions as 0, 1, 2… in the given order. */
    void reorder(List<Long> questionIds) {
        for (int i = 0; i < questionIds.size(); i++) {
            jdbc.sql("UPDATE survey_question SET position = ? WHERE id = ?").params(i, questionIds.get(i)).update();
        }
    }

    // --- responses

    long insertResponse(long surveyId, String respondent, String address, OffsetDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_response (survey_id, respondent, address, submitted_at) VALUES (?, ?, ?, ?)")
                .params(surveyId, respondent, address, at).update(key, "id");
        return key.getKey().longValue();
    }

    void insertAnswers(long responseId, List<AnswerSheet.Answer> answers) {
        for (AnswerSheet.Answer a : answers) {
            jdbc.sql("INSERT INTO survey_answer (response_id, question_id, option_id, text_value) VALUES (?, ?, ?, ?)")
                    .params(responseId, a.questionId(), a.optionId(), a.text()).update();
        }
    }

    boolean responded(long surveyId, String respondent) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND respondent = ?")
                .params(surveyId, respondent).query(Integer.class).single() > 0;
    }

    int responsesFrom(long surveyId, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND address = ?")
                .params(surveyId, address).query(Integer.class).single();
    }

    int responses(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(surveyId)
                .query(Integer.class).single();
    }

    Map<Long, Integer> responseCounts() {
        return counts(jdbc.sql("SELECT survey_id, COUNT(*) FROM survey_response GROUP BY survey_id"));
    }

    /** How often each option of the survey was chosen, by option id. */
    Map<Long, Integer> chosen(long surveyId) {
        return counts(jdbc.sql("SELECT a.option_id, COUNT(*) FROM survey_answer a JOIN survey_response r "
                + "ON r.id = a.response_id WHERE r.survey_id = ? AND a.option_id IS NOT NULL GROUP BY a.option_id")
                .param(surveyId));
    }

    /** How many responses answered each question, by question id. */
    Map<Long, Integer> answered(long surveyId) {
        return counts(jdbc.sql("SELECT a.question_id, COUNT(DISTINCT a.response_id) FROM survey_answer a "
                + "JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = ? GROUP BY a.question_id")
                .param(surveyId));
    }

    /** The rows of a query of (id, count) as a map. */
    private static Map<Long, Integer> counts(JdbcClient.StatementSpec query) {
        Map<Long, Integer> counts = new HashMap<>();
        query.query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }

    /** A stored response with its answers in question order. */
    record StoredResponse(long id, OffsetDateTime submittedAt, List<AnswerSheet.Answer> answers) {
    }

    /** One page of the survey's responses, oldest first. */
    List<StoredResponse> responses(long surveyId, int offset, int limit) {
        Map<Long, StoredResponse> page = new LinkedHashMap<>();
        jdbc.sql("SELECT id, submitted_at FROM survey_response WHERE survey_id = ? ORDER BY id LIMIT ? OFFSET ?")
                .params(surveyId, limit, offset)
                .query(rs -> {
                    page.put(rs.getLong(1), new StoredResponse(rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class), new ArrayList<>()));
                });
        if (!page.isEmpty()) {
            jdbc.sql("SELECT response_id, question_id, option_id, text_value FROM survey_answer "
                            + "WHERE response_id IN (:ids) ORDER BY response_id, id")
                    .param("ids", page.keySet())
                    .query(rs -> {
                        page.get(rs.getLong(1)).answers().add(answer(rs));
                    });
        }
        return List.copyOf(page.values());
    }

    /** Hands every response of the survey to {@code each}, oldest first, reading the rows as a stream. */
    void forEachResponse(long surveyId, Consumer<StoredResponse> each) {
        StoredResponse[] current = {null};
        jdbc.sql("SELECT r.id, r.submitted_at, a.question_id, a.option_id, a.text_value FROM survey_response r "
                        + "LEFT JOIN survey_answer a ON a.response_id = r.id WHERE r.survey_id = ? ORDER BY r.id, a.id")
                .param(surveyId).withFetchSize(500)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (current[0] == null || current[0].id() != id) {
                        if (current[0] != null) {
                            each.accept(current[0]);
                        }
                        current[0] = new StoredResponse(id, rs.getObject(2, OffsetDateTime.class), new ArrayList<>());
                    }
                    rs.getLong(3);
                    if (!rs.wasNull()) {
                        current[0].answers().add(new AnswerSheet.Answer(rs.getLong(3),
                                (Long) rs.getObject(4, Long.class), rs.getString(5)));
                    }
                });
        if (current[0] != null) {
            each.accept(current[0]);
        }
    }

    /** A written answer (opinion) with the response it belongs to. */
    record Opinion(long responseId, OffsetDateTime submittedAt, long questionId, String text) {
    }

    List<Opinion> opinions(long surveyId, int offset, int limit) {
        return jdbc.sql("SELECT r.id, r.submitted_at, a.question_id, a.text_value FROM survey_answer a "
                        + "JOIN survey_response r ON r.id = a.response_id "
                        + "WHERE r.survey_id = ? AND a.text_value IS NOT NULL ORDER BY r.id, a.id LIMIT ? OFFSET ?")
                .params(surveyId, limit, offset)
                .query((rs, n) -> new Opinion(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getLong(3),
                        rs.getString(4)))
                .list();
    }

    int opinions(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id "
                        + "WHERE r.survey_id = ? AND a.text_value IS NOT NULL")
                .param(surveyId).query(Integer.class).single();
    }

    private static AnswerSheet.Answer answer(ResultSet rs) throws SQLException {
        return new AnswerSheet.Answer(rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4));
    }

    private static Survey survey(ResultSet rs) throws SQLException {
        return new Survey(rs.getLong("id"), SurveyKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("introduction"), rs.getString("draft_text"), rs.getString("draft_link"),
                rs.getObject("opens_at", OffsetDateTime.class), rs.getObject("closes_at", OffsetDateTime.class),
                SurveyState.valueOf(rs.getString("state")), rs.getString("feedback"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("results_at", OffsetDateTime.class));
    }
}
