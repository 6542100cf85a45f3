package org.zhengwu.interaction.internal.survey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.web.NotFound;

/**
 * Takes a citizen's answers: once per browser (the respondent id of its cookie; the unique constraint decides when
 * two arrive at once), at most {@code zhengwu.surveys.responses-per-address} per address and survey (against
 * clearing the cookie in a loop), only while the survey takes answers. A response is stored with all its answers in
 * one transaction or not at all. The form's own anti-abuse checks ({@code FormGuard}, {@code SubmissionThrottle}) are
 * the controller's, before this is called.
 */
@Service
class SurveyResponses {

    private final SurveyStore store;
    private final Respondents respondents;
    private final AuditTrail audit;
    private final Clock clock;
    private final int perAddress;

    SurveyResponses(SurveyStore store, Respondents respondents, AuditTrail audit, Clock clock,
                    @Value("${zhengwu.surveys.responses-per-address:20}") int perAddress) {
        this.store = store;
        this.respondents = respondents;
        this.audit = audit;
        this.clock = clock;
        this.perAddress = perAddress;
    }

    /**
     * Checks and stores the answers ({@code sent}: the values of each question's field, by question id). Returns the
     * check: accepted (and stored), or with the errors of each question (nothing stored). Throws a
     * {@link RuleViolation} when the survey does not take the answer at all (not found, not open, already answered
     * from this browser, too many from this address).
     *
     * @param address the client's address, or {@link Respondents#RECORDED} for a response the system records
     */
    @Transactional
    public AnswerSheet.Checked respond(long surveyId, String respondentKey, String address, Map<Long, List<String>> sent) {
        Survey survey = store.lock(surveyId).filter(s -> s.state().isPublic())
                .orElseThrow(() -> new NotFound("survey.not-found", surveyId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        String refusal = survey.refusalAt(now.toInstant());
        if (refusal != null) {
            throw new RuleViolation(refusal);
        }
        String respondent = respondents.respondent(respondentKey);
        if (store.responded(surveyId, respondent)) {
            throw new RuleViolation("survey.answer.already");
        }
        String storedAddress = Respondents.RECORDED.equals(address) ? address : respondents.address(address);
        if (!Respondents.RECORDED.equals(address) && store.responsesFrom(surveyId, storedAddress) >= perAddress) {
            audit.recordRefusal(AuditEvent.of("survey.answer.address-cap", "survey", surveyId, null,
                    "more than " + perAddress + " responses from one address"));
            throw new RuleViolation("survey.answer.address-cap");
        }
        AnswerSheet.Checked checked = AnswerSheet.check(store.questions(surveyId), sent);
        if (!checked.accepted()) {
            return checked;
        }
        try {
            long id = store.insertResponse(surveyId, respondent, storedAddress, now);
            store.insertAnswers(id, checked.answers());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("survey.answer.already"); // the same browser, at the same moment
        }
        return checked;
    }
}
