package org.zhengwu.interaction;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Surveys and solicitations (征集调查) for other modules: the demo, and later an import of answers collected on
 * paper. The console of the interaction hall does the same through its own pages. Every call checks that the caller
 * is the system administrator or the hall's dispatcher (or the system itself, with nobody signed in), is audited, and
 * refuses bad input with a {@link org.zhengwu.platform.RuleViolation} having changed nothing.
 */
public interface Surveys {

    /** A new survey with its questions; {@code solicitation} asks for opinions on a draft (text or link). */
    record NewSurvey(boolean solicitation, String title, String introduction, String draftText, String draftLink,
                     OffsetDateTime opensAt, OffsetDateTime closesAt, List<NewQuestion> questions) {

        public NewSurvey {
            questions = List.copyOf(questions);
        }
    }

    /**
     * A question: {@code kind} SINGLE, MULTIPLE or TEXT; {@code maxChoices} for MULTIPLE and {@code maxLength} for
     * TEXT may be null; {@code options} for the choice questions.
     */
    record NewQuestion(String kind, String prompt, boolean required, Integer maxChoices, Integer maxLength,
                       List<String> options) {

        public NewQuestion {
            options = List.copyOf(options);
        }
    }

    /** Creates the survey as a draft; returns its id. */
    long create(NewSurvey survey);

    /** Publishes a draft: it takes answers from its opening time until its closing time. */
    void open(long surveyId);

    /** Ends an open survey now. */
    void close(long surveyId);

    /** Publishes the results of a closed survey with the government's feedback (required for a solicitation). */
    void publishResults(long surveyId, String feedback);

    /**
     * Records one respondent's answers (a demo response, a paper questionnaire), one entry per question in order:
     * the chosen options' labels, or the written text; an empty list for a question left out. The same rules hold as
     * for the public form, once per {@code respondent}.
     */
    void recordResponse(long surveyId, String respondent, List<List<String>> answers);
}
