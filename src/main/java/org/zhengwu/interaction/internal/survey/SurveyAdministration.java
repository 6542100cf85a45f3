package org.zhengwu.interaction.internal.survey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.content.BodySanitizer;
import org.zhengwu.interaction.Surveys;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;

/**
 * The console's work on surveys, for the system administrator and the hall's dispatcher (checked here as well as by
 * the console's URL rules): create and edit drafts with their questions, open, close early, publish the results with
 * the feedback; read the responses, the opinions and the counts; export. Every change is audited in its transaction
 * and refuses bad input with a {@link RuleViolation}, having changed nothing.
 */
@Service
class SurveyAdministration implements Surveys {

    private static final StaffRole[] ROLES = {StaffRole.ADMINISTRATOR, StaffRole.DISPATCHER};
    /** The question a new solicitation starts with: where the opinions go. */
    static final QuestionFields OPINION = new QuestionFields(QuestionKind.TEXT, "您的意见和建议", true, null, 2000, List.of());

    private final SurveyStore store;
    private final SurveyResponses responses;
    private final BodySanitizer sanitizer;
    private final AuditTrail audit;
    private final UnitScope scope;
    private final Clock clock;

    SurveyAdministration(SurveyStore store, SurveyResponses responses, BodySanitizer sanitizer, AuditTrail audit,
                         UnitScope scope, Clock clock) {
        this.store = store;
        this.responses = responses;
        this.sanitizer = sanitizer;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    // --- reading

    @Transactional(readOnly = true)
    public List<Survey> all() {
        allowed();
        return store.all();
    }

    /** How many responses each survey has, by survey id (none for a survey without any). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> responseCounts() {
        allowed();
        return store.responseCounts();
    }

    @Transactional(readOnly = true)
    public int responseCount(long id) {
        allowed();
        return store.responses(find(id).id());
    }

    @Transactional(readOnly = true)
    public Survey survey(long id) {
        allowed();
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<Question> questions(long id) {
        allowed();
        return store.questions(find(id).id());
    }

    @Transactional(readOnly = true)
    public Results results(long id) {
        allowed();
        return results(find(id).id(), store);
    }

    static Results results(long id, SurveyStore store) {
        return Results.of(store.responses(id), store.questions(id), store.chosen(id), store.answered(id));
    }

    @Transactional(readOnly = true)
    public List<SurveyStore.StoredResponse> responses(long id, int offset, int limit) {
        allowed();
        return store.responses(find(id).id(), offset, limit);
    }

    @Transactional(readOnly = true)
    public List<SurveyStore.Opinion> opinions(long id, int offset, int limit) {
        allowed();
        return store.opinions(find(id).id(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int opinionCount(long id) {
        allowed();
        return store.opinions(find(id).id());
    }

    /** Hands every response to {@code each}; reading them all is itself audited. */
    @Transactional
    public void export(long id, Consumer<SurveyStore.StoredResponse> each) {
        allowed();
        int[] n = {0};
        store.forEachResponse(find(id).id(), r -> {
            n[0]++;
            each.accept(r);
        });
        audit.record(AuditEvent.of("survey.export", "survey", id, null, n[0] + " responses"));
    }

    // --- the survey itself

    /** A new draft; a solicitation starts with one required text question for the opinions. */
    @Transactional
    public long create(SurveyFields.Input input) {
        StaffPrincipal by = allowed();
        SurveyFields f = SurveyFields.check(input, sanitizer::sanitize);
        long id = store.insert(f, actor(by), now());
        if (f.kind() == SurveyKind.SOLICITATION) {
            store.insertQuestion(id, 0, OPINION);
        }
        audit.record(AuditEvent.of("survey.create", "survey", id, null, f.kind() + " " + f.title()));
        return id;
    }

    @Transactional
    public void update(long id, SurveyFields.Input input) {
        allowed();
        Survey survey = draft(id);
        SurveyFields f = SurveyFields.check(input, sanitizer::sanitize);
        store.update(survey.id(), f, now());
        audit.record(AuditEvent.of("survey.update", "survey", id, null, f.kind() + " " + f.title()));
    }

    @Override
    @Transactional
    public long create(NewSurvey s) {
        StaffPrincipal by = allowed();
        SurveyFields f = SurveyFields.check(new SurveyFields.Input(
                s.solicitation() ? SurveyKind.SOLICITATION.name() : SurveyKind.SURVEY.name(), s.title(),
                s.introduction(), s.draftText(), s.draftLink(), text(s.opensAt()), text(s.closesAt())),
                sanitizer::sanitize);
        long id = store.insert(f, actor(by), now());
        for (int i = 0; i < s.questions().size(); i++) {
            NewQuestion q = s.questions().get(i);
            store.insertQuestion(id, i, QuestionFields.check(new QuestionFields.Input(q.kind(), q.prompt(),
                    q.required(), text(q.maxChoices()), text(q.maxLength()), String.join("\n", q.options()))));
        }
        audit.record(AuditEvent.of("survey.create", "survey", id, null, f.kind() + " " + f.title()));
        return id;
    }

    // --- questions (drafts only)

    @Transactional
    public long addQuestion(long id, QuestionFields.Input input) {
        allowed();
        draft(id);
        QuestionFields f = QuestionFields.check(input);
        List<Question> questions = store.questions(id);
        if (questions.size() >= 100) {
            throw new RuleViolation("survey.question.too-many", 100);
        }
        long qid = store.insertQuestion(id, questions.size(), f);
        audit.record(AuditEvent.of("survey.question.add", "survey", id, null, qid + " " + f.kind() + " " + f.prompt()));
        return qid;
    }

    @Transactional
    public void updateQuestion(long id, long questionId, QuestionFields.Input input) {
        allowed();
        draft(id);
        question(id, questionId);
        QuestionFields f = QuestionFields.check(input);
        store.updateQuestion(questionId, f);
        audit.record(AuditEvent.of("survey.question.update", "survey", id, null,
                questionId + " " + f.kind() + " " + f.prompt()));
    }

    @Transactional
    public void removeQuestion(long id, long questionId) {
        allowed();
        draft(id);
        Question q = question(id, questionId);
        store.deleteQuestion(questionId);
        store.reorder(store.questions(id).stream().map(Question::id).toList());
        audit.record(AuditEvent.of("survey.question.remove", "survey", id, null, questionId + " " + q.prompt()));
    }

    /** Moves a question one place up ({@code up}) or down; at the end it stays where it is. */
    @Transactional
    public void moveQuestion(long id, long questionId, boolean up) {
        allowed();
        draft(id);
        question(id, questionId);
        List<Long> order = new ArrayList<>(store.questions(id).stream().map(Question::id).toList());
        int at = order.indexOf(questionId);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.set(at, order.get(to));
        order.set(to, questionId);
        store.reorder(order);
        audit.record(AuditEvent.of("survey.question.move", "survey", id, null, questionId + (up ? " up" : " down")));
    }

    // --- the state machine

    @Override
    @Transactional
    public void open(long id) {
        allowed();
        Survey survey = find(id);
        SurveyState to = survey.state().open();
        List<Question> questions = store.questions(id);
        if (questions.isEmpty()) {
            throw new RuleViolation("survey.open.no-questions");
        }
        if (survey.solicitation() && questions.stream().noneMatch(q -> q.kind() == QuestionKind.TEXT)) {
            throw new RuleViolation("survey.open.no-text-question");
        }
        if (survey.pastClosing(clock.instant())) {
            throw new RuleViolation("survey.open.closing-passed");
        }
        change(survey, to, "survey.open");
    }

    /** Ends an open survey now: its closing time becomes now if it lay ahead (and the survey had begun). */
    @Override
    @Transactional
    public void close(long id) {
        allowed();
        Survey survey = find(id);
        SurveyState to = survey.state().close();
        OffsetDateTime now = now();
        if (now.isBefore(survey.closesAt()) && now.isAfter(survey.opensAt())) {
            store.closeAt(id, now);
        }
        change(survey, to, "survey.close");
    }

    @Override
    @Transactional
    public void publishResults(long id, String feedbackInput) {
        allowed();
        Survey survey = find(id);
        SurveyState to = survey.state().publishResults(survey.pastClosing(clock.instant()));
        String feedback = SurveyFields.feedback(survey.kind(), feedbackInput, sanitizer::sanitize);
        store.feedback(id, feedback, now());
        change(survey, to, "survey.publish-results");
    }

    @Override
    @Transactional
    public void recordResponse(long id, String respondent, List<List<String>> answers) {
        allowed();
        List<Question> questions = store.questions(find(id).id());
        if (answers.size() != questions.size()) {
            throw new RuleViolation("survey.record.count", questions.size(), answers.size());
        }
        Map<Long, List<String>> sent = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            sent.put(q.id(), q.kind() == QuestionKind.TEXT ? answers.get(i) : answers.get(i).stream()
                    .map(label -> q.choices().stream().filter(c -> c.label().equals(label)).findFirst()
                            .map(c -> String.valueOf(c.id())).orElse(label))
                    .toList());
        }
        AnswerSheet.Checked checked = responses.respond(id, respondent, Respondents.RECORDED, sent);
        if (!checked.accepted()) {
            var first = checked.errors().values().iterator().next();
            throw new RuleViolation(first.key(), first.args());
        }
        audit.record(AuditEvent.of("survey.record-response", "survey", id, null, answers.size() + " answers"));
    }

    private void change(Survey survey, SurveyState to, String action) {
        if (!store.changeState(survey.id(), survey.state(), to, now())) {
            throw new RuleViolation("survey.state.changed");
        }
        audit.record(AuditEvent.of(action, "survey", survey.id(), null, survey.state() + " -> " + to));
    }

    private Survey find(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("survey.not-found", id));
    }

    private Survey draft(long id) {
        Survey survey = find(id);
        survey.state().requireEditable();
        return survey;
    }

    private Question question(long id, long questionId) {
        return store.questions(id).stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> new NotFound("survey.question.not-found", questionId));
    }

    private StaffPrincipal allowed() {
        return scope.requireRoleOrSystem(ROLES).orElse(null);
    }

    private static String actor(StaffPrincipal by) {
        return by == null ? "system" : by.displayName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
