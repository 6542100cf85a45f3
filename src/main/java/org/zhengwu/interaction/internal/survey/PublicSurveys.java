package org.zhengwu.interaction.internal.survey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.web.NotFound;

/**
 * What the public may read: published surveys (never a draft), their questions, whether this browser has answered,
 * and the results once they are published — not a moment before, whatever the address asked for.
 */
@Service
class PublicSurveys {

    private final SurveyStore store;
    private final Respondents respondents;
    private final Clock clock;

    PublicSurveys(SurveyStore store, Respondents respondents, Clock clock) {
        this.store = store;
        this.respondents = respondents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Survey> visible() {
        return store.visible(OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public Survey survey(long id) {
        return store.find(id).filter(s -> s.state().isPublic())
                .orElseThrow(() -> new NotFound("survey.not-found", id));
    }

    @Transactional(readOnly = true)
    public List<Question> questions(long id) {
        return store.questions(survey(id).id());
    }

    /** Whether the browser with this respondent id has answered the survey. */
    @Transactional(readOnly = true)
    public boolean answered(long id, String respondentKey) {
        return respondentKey != null && store.responded(id, respondents.respondent(respondentKey));
    }

    /** The results of a survey whose results are published; otherwise not found. */
    @Transactional(readOnly = true)
    public Results results(long id) {
        return SurveyAdministration.results(published(id).id(), store);
    }

    /** The number of opinions (written answers) of a survey whose results are published. */
    @Transactional(readOnly = true)
    public int opinions(long id) {
        return store.opinions(published(id).id());
    }

    private Survey published(long id) {
        Survey survey = survey(id);
        if (survey.state() != SurveyState.RESULTS_PUBLISHED) {
            throw new NotFound("survey.results.not-published", id);
        }
        return survey;
    }
}
