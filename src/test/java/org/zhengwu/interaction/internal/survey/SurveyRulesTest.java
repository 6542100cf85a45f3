package org.zhengwu.interaction.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;

/** The rules of surveys in plain Java: answers, times, states, counts and the fields an administrator types. */
class SurveyRulesTest {

    static final OffsetDateTime OPENS = OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final OffsetDateTime CLOSES = OPENS.plusDays(10);
    static final UnaryOperator<String> NO_SANITIZER = html -> html.replaceAll("(?is)<script.*?</script>", "");

    final Question age = new Question(1, 0, QuestionKind.SINGLE, "您的年龄段", true, null, null,
            List.of(new Question.Choice(11, 0, "18岁以下"), new Question.Choice(12, 1, "18至60岁"),
                    new Question.Choice(13, 2, "60岁以上")));
    final Question topics = new Question(2, 1, QuestionKind.MULTIPLE, "您关注哪些事项", false, 2, null,
            List.of(new Question.Choice(21, 0, "教育"), new Question.Choice(22, 1, "医疗"),
                    new Question.Choice(23, 2, "交通"), new Question.Choice(24, 3, "住房")));
    final Question opinion = new Question(3, 2, QuestionKind.TEXT, "您的建议", false, null, 10, List.of());
    final List<Question> questions = List.of(age, topics, opinion);

    static Survey survey(SurveyState state) {
        return new Survey(7, SurveyKind.SURVEY, "出行调查", "<p>说明</p>", null, null, OPENS, CLOSES, state, null,
                OPENS.minusDays(1), null);
    }

    @Test
    void a_complete_answer_is_accepted_with_one_answer_per_chosen_option() {
        AnswerSheet.Checked checked = AnswerSheet.check(questions,
                Map.of(1L, List.of("12"), 2L, List.of("21", "23"), 3L, List.of("  多开公交 \r\n")));
        assertThat(checked.accepted()).isTrue();
        assertThat(checked.answers()).containsExactly(new AnswerSheet.Answer(1, 12L, null),
                new AnswerSheet.Answer(2, 21L, null), new AnswerSheet.Answer(2, 23L, null),
                new AnswerSheet.Answer(3, null, "多开公交"));
    }

    @Test
    void a_multiple_choice_answer_over_its_maximum_is_refused() {
        AnswerSheet.Checked checked = AnswerSheet.check(questions,
                Map.of(1L, List.of("11"), 2L, List.of("21", "22", "23")));
        assertThat(checked.accepted()).isFalse();
        assertThat(checked.answers()).isEmpty();
        assertThat(checked.errors()).containsOnlyKeys(2L);
        FormError e = checked.errors().get(2L);
        assertThat(e.key()).isEqualTo("survey.answer.multiple.too-many");
        assertThat(e.args()).containsExactly(2, "您关注哪些事项", 2, 3);
        assertThat(checked.sentFor(2L)).containsExactly("21", "22", "23");
    }

    @Test
    void a_required_question_left_empty_names_the_question() {
        AnswerSheet.Checked checked = AnswerSheet.check(questions, Map.of(1L, List.of(" "), 3L, List.of("")));
        assertThat(checked.errors()).containsOnlyKeys(1L);
        assertThat(checked.errors().get(1L).key()).isEqualTo("survey.answer.required");
        assertThat(checked.errors().get(1L).args()).containsExactly(1, "您的年龄段");
    }

    @Test
    void optional_questions_may_be_left_out() {
        assertThat(AnswerSheet.check(questions, Map.of(1L, List.of("13"))).answers())
                .containsExactly(new AnswerSheet.Answer(1, 13L, null));
    }

    @Test
    void two_options_for_a_single_choice_an_option_of_another_question_and_a_text_over_its_cap_are_refused() {
        AnswerSheet.Checked checked = AnswerSheet.check(questions,
                Map.of(1L, List.of("11", "12"), 2L, List.of("11"), 3L, List.of("一二三四五六七八九十百")));
        assertThat(checked.errors()).containsOnlyKeys(1L, 2L, 3L);
        assertThat(checked.errors().get(1L).key()).isEqualTo("survey.answer.single.one");
        assertThat(checked.errors().get(2L).key()).isEqualTo("survey.answer.option.invalid");
        assertThat(checked.errors().get(3L).key()).isEqualTo("survey.answer.text.too-long");
        assertThat(checked.errors().get(3L).args()).containsExactly(3, "您的建议", 10, 11);
    }

    @Test
    void an_answer_after_closing_or_before_opening_is_refused() {
        Survey open = survey(SurveyState.OPEN);
        assertThat(open.refusalAt(OPENS.toInstant())).isNull();
        assertThat(open.refusalAt(CLOSES.toInstant().minusSeconds(1))).isNull();
        assertThat(open.refusalAt(CLOSES.toInstant())).isEqualTo("survey.answer.closed");
        assertThat(open.refusalAt(OPENS.toInstant().minusSeconds(1))).isEqualTo("survey.answer.not-started");
        Instant during = OPENS.toInstant().plusSeconds(3600);
        assertThat(survey(SurveyState.CLOSED).refusalAt(during)).isEqualTo("survey.answer.closed");
        assertThat(survey(SurveyState.RESULTS_PUBLISHED).refusalAt(during)).isEqualTo("survey.answer.closed");
        assertThat(survey(SurveyState.DRAFT).refusalAt(during)).isEqualTo("survey.not-found");
    }

    @Test
    void results_cannot_be_published_while_the_survey_still_takes_answers() {
        assertThatThrownBy(() -> SurveyState.OPEN.publishResults(false))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("survey.state.not-closed");
        assertThatThrownBy(() -> SurveyState.DRAFT.publishResults(true))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("survey.state.not-closed");
        assertThat(SurveyState.OPEN.publishResults(true)).isEqualTo(SurveyState.RESULTS_PUBLISHED);
        assertThat(SurveyState.CLOSED.publishResults(false)).isEqualTo(SurveyState.RESULTS_PUBLISHED);
    }

    @Test
    void nothing_goes_back_and_only_a_draft_is_edited() {
        assertThatThrownBy(() -> SurveyState.CLOSED.open()).hasMessageStartingWith("survey.state.not-draft");
        assertThatThrownBy(() -> SurveyState.RESULTS_PUBLISHED.close()).hasMessageStartingWith("survey.state.not-open");
        assertThatThrownBy(() -> SurveyState.RESULTS_PUBLISHED.publishResults(true))
                .hasMessageStartingWith("survey.state.already-published");
        assertThatThrownBy(SurveyState.OPEN::requireEditable).hasMessageStartingWith("survey.state.not-editable");
        SurveyState.DRAFT.requireEditable();
    }

    @Test
    void percentages_are_of_those_who_answered_the_question_to_one_decimal() {
        Results r = Results.of(7, questions, Map.of(11L, 3, 12L, 4, 21L, 2, 22L, 2), Map.of(1L, 7, 2L, 3));
        assertThat(r.question(1).choices()).extracting(Results.ChoiceCount::percent)
                .containsExactly("42.9%", "57.1%", "0%");
        assertThat(r.question(2).choices()).extracting(Results.ChoiceCount::percent)
                .containsExactly("66.7%", "66.7%", "0%", "0%");
        assertThat(r.question(3).answered()).isZero();
        assertThat(Results.percent(0, 0)).isEqualTo("0%");
        assertThat(Results.percent(1, 1)).isEqualTo("100%");
    }

    @Test
    void a_solicitation_needs_its_draft_and_the_closing_time_must_follow_the_opening() {
        SurveyFields.Input base = new SurveyFields.Input("SOLICITATION", "征求意见", "请提意见", "", "", "2026-05-01 09:00",
                "2026-05-11T17:30");
        assertThatThrownBy(() -> SurveyFields.check(base, NO_SANITIZER)).hasMessageStartingWith("survey.draft.required");
        SurveyFields ok = SurveyFields.check(new SurveyFields.Input("SOLICITATION", " 征求意见 ", "第一段\n\n第二段 & 更多", "",
                "/uploads/2026/05/draft.pdf", "2026-05-01 09:00", "2026-05-11T17:30"), NO_SANITIZER);
        assertThat(ok.title()).isEqualTo("征求意见");
        assertThat(ok.introduction()).isEqualTo("<p>第一段</p><p>第二段 &amp; 更多</p>");
        assertThat(ok.closesAt()).isEqualTo(OffsetDateTime.of(2026, 5, 11, 17, 30, 0, 0, ZoneOffset.ofHours(8)));
        assertThatThrownBy(() -> SurveyFields.check(new SurveyFields.Input("SURVEY", "调查", "说明", "", "",
                "2026-05-11 09:00", "2026-05-01 09:00"), NO_SANITIZER)).hasMessageStartingWith("survey.closes.before-opens");
        assertThatThrownBy(() -> SurveyFields.check(new SurveyFields.Input("SURVEY", "调查", "说明", "", "",
                "2026-02-30 09:00", "2026-05-01 09:00"), NO_SANITIZER)).hasMessageStartingWith("survey.opens.invalid");
        assertThatThrownBy(() -> SurveyFields.check(new SurveyFields.Input("SOLICITATION", "征求", "说明", "",
                "javascript:alert(1)", "2026-05-01 09:00", "2026-05-11 09:00"), NO_SANITIZER))
                .hasMessageStartingWith("survey.draft-link.invalid");
    }

    @Test
    void choice_questions_need_distinct_options_and_a_possible_maximum() {
        assertThatThrownBy(() -> QuestionFields.check(new QuestionFields.Input("SINGLE", "题目", true, "", "", "是")))
                .hasMessageStartingWith("survey.question.options.count");
        assertThatThrownBy(() -> QuestionFields.check(new QuestionFields.Input("SINGLE", "题目", true, "", "", "是\n是")))
                .hasMessageStartingWith("survey.question.option.duplicate");
        assertThatThrownBy(() -> QuestionFields.check(new QuestionFields.Input("MULTIPLE", "题目", true, "3", "", "甲\n乙")))
                .hasMessageStartingWith("survey.question.max-choices.range");
        assertThatThrownBy(() -> QuestionFields.check(new QuestionFields.Input("TEXT", "题目", true, "", "两百", "")))
                .hasMessageStartingWith("survey.question.max-length.invalid");
        QuestionFields text = QuestionFields.check(new QuestionFields.Input("TEXT", "建议", false, "", "", "忽略"));
        assertThat(text.maxLength()).isEqualTo(QuestionFields.DEFAULT_LENGTH);
        assertThat(text.options()).isEmpty();
    }

    @Test
    void a_chart_is_a_png_even_without_a_font_for_chinese() {
        Results r = Results.of(7, questions, Map.of(11L, 3, 12L, 4), Map.of(1L, 7));
        byte[] png = ResultChart.draw(r.question(1), null);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Question.Choice.keyOf(0)).isEqualTo("A");
        assertThat(Question.Choice.keyOf(2)).isEqualTo("C");
    }
}
