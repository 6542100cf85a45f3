package org.zhengwu.interaction.internal.survey;

import java.time.Instant;
import java.util.List;
import org.zhengwu.platform.web.FormError;

/**
 * What the console's page of one survey shows: the survey, its questions and counts so far, the forms its state
 * allows (with what was typed and the error of the last refused one, {@code errorForm} naming that form).
 */
public record SurveyConsolePage(Survey survey, String statusKey, List<Question> questions, Results results,
                                int opinions, SurveyFields.Input fields, QuestionFields.Input question, String feedback,
                                FormError error, String errorForm) {

    /** The forms that a refused submission can come from. */
    public static final String FIELDS = "fields";
    public static final String QUESTION = "question";
    public static final String STATE = "state";
    public static final String PUBLISH = "publish";

    public boolean editable() {
        return survey.state() == SurveyState.DRAFT;
    }

    public boolean canClose() {
        return survey.state() == SurveyState.OPEN && statusKey.equals(statusKey(SurveyState.OPEN, Survey.Phase.TAKING_ANSWERS));
    }

    /** The feedback form: once the survey no longer takes answers and its results are not yet out. */
    public boolean canPublish() {
        return survey.state() == SurveyState.CLOSED
                || (survey.state() == SurveyState.OPEN && statusKey.equals(statusKey(SurveyState.OPEN, Survey.Phase.CLOSED)));
    }

    /** The error of the form named, or null. */
    public FormError errorOf(String form) {
        return form.equals(errorForm) ? error : null;
    }

    /** The message key of where a survey stands: its state, or for an open one whether it has begun or ended. */
    static String statusKey(Survey s, Instant now) {
        return statusKey(s.state(), s.state() == SurveyState.DRAFT ? null : s.phase(now));
    }

    private static String statusKey(SurveyState state, Survey.Phase phase) {
        return state == SurveyState.OPEN ? "survey.status.OPEN." + phase.name() : "survey.status." + state.name();
    }
}
