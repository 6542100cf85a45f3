package org.zhengwu.interaction.internal.survey;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.abuse.SubmissionThrottle;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.publishing.PublicPageLayout;

/**
 * The public survey pages in the portal's frame, in simplified ({@code /hdjl/survey}) and traditional script
 * ({@code /zh-hant/hdjl/survey}): the list, a survey's form, the answer (anti-abuse token and trap, throttle per
 * address, once per browser), the thanks, and the results with their charts once published.
 */
@Controller
class PublicSurveyController {

    static final String BASE = "/hdjl/survey";
    private static final String HANT = "/zh-hant";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PublicSurveys surveys;
    private final SurveyResponses responses;
    private final ResultChart charts;
    private final FormGuard guard;
    private final SubmissionThrottle throttle;
    private final TemplateEngine templates;
    private final PublicPageLayout layout;
    private final MessageSource messages;
    private final ChineseScript script;
    private final Clock clock;

    PublicSurveyController(PublicSurveys surveys, SurveyResponses responses, ResultChart charts, FormGuard guard,
                           SubmissionThrottle throttle, TemplateEngine templates, PublicPageLayout layout,
                           MessageSource messages, ChineseScript script, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.charts = charts;
        this.guard = guard;
        this.throttle = throttle;
        this.templates = templates;
        this.layout = layout;
        this.messages = messages;
        this.script = script;
        this.clock = clock;
    }

    @GetMapping({BASE, HANT + BASE})
    ResponseEntity<String> list(HttpServletRequest request) {
        PublicText text = text(request);
        List<PublicViews.Entry> current = new java.util.ArrayList<>();
        List<PublicViews.Entry> ended = new java.util.ArrayList<>();
        for (Survey s : surveys.visible()) {
            Survey.Phase phase = s.phase(clock.instant());
            PublicViews.Entry e = new PublicViews.Entry(s, text.t("survey.public.status." + phase.name()),
                    phase == Survey.Phase.RESULTS_PUBLISHED ? resultsHref(text, s.id()) : null);
            (phase == Survey.Phase.TAKING_ANSWERS ? current : ended).add(e);
        }
        return page(HttpStatus.OK, text, text.t("survey.public.title"), BASE, "interaction/survey/list.jte",
                new PublicViews.ListView(text, current, ended));
    }

    @GetMapping({BASE + "/{id}", HANT + BASE + "/{id}"})
    ResponseEntity<String> show(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        PublicText text = text(request);
        Survey survey = surveys.survey(number(id));
        String respondent = RespondentCookie.ensure(request, response);
        if (survey.phase(clock.instant()) == Survey.Phase.TAKING_ANSWERS && surveys.answered(survey.id(), respondent)) {
            return surveyPage(HttpStatus.OK, text, survey, text.t("survey.answer.already"), null);
        }
        return surveyPage(HttpStatus.OK, text, survey, null, form(request, text, survey, null, Map.of(), Map.of()));
    }

    @PostMapping({BASE + "/{id}", HANT + BASE + "/{id}"})
    ResponseEntity<String> answer(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                                  HttpServletRequest request, HttpServletResponse response) {
        PublicText text = text(request);
        Survey survey = surveys.survey(number(id));
        Map<Long, List<String>> sent = new HashMap<>();
        for (Question q : surveys.questions(survey.id())) {
            sent.put(q.id(), params.getOrDefault(AnswerSheet.field(q.id()), List.of()));
        }
        // every value of the trap counts: a robot may send the field twice with the first one empty
        FormGuard.Verdict verdict = guard.check(purpose(survey.id()), params.getFirst(FormGuard.TOKEN_FIELD),
                String.join("", params.getOrDefault(FormGuard.TRAP_FIELD, List.of())));
        if (!verdict.passed()) {
            return refused(HttpStatus.BAD_REQUEST, request, text, survey, verdict.messageKey(), sent);
        }
        if (!throttle.allow("survey", request.getRemoteAddr())) {
            return refused(HttpStatus.TOO_MANY_REQUESTS, request, text, survey, "abuse.throttled", sent);
        }
        String respondent = RespondentCookie.ensure(request, response);
        AnswerSheet.Checked checked;
        try {
            checked = responses.respond(survey.id(), respondent, request.getRemoteAddr(), sent);
        } catch (NotFound e) {
            throw e;
        } catch (RuleViolation e) {
            HttpStatus status = "survey.answer.address-cap".equals(e.key()) ? HttpStatus.TOO_MANY_REQUESTS
                    : HttpStatus.CONFLICT;
            return surveyPage(status, text, surveys.survey(survey.id()), text.t(e.key(), e.args()), null);
        }
        if (!checked.accepted()) {
            return surveyPage(HttpStatus.UNPROCESSABLE_ENTITY, text, survey, null,
                    form(request, text, survey, text.t("survey.answer.fix", checked.errors().size()),
                            checked.errors(), checked.sent()));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(text.prefix() + BASE + "/" + survey.id() + "/thanks")).build();
    }

    @GetMapping({BASE + "/{id}/thanks", HANT + BASE + "/{id}/thanks"})
    ResponseEntity<String> thanks(@PathVariable String id, HttpServletRequest request) {
        PublicText text = text(request);
        Survey survey = surveys.survey(number(id));
        return page(HttpStatus.OK, text, text.c(survey.title()), BASE + "/" + survey.id() + "/thanks",
                "interaction/survey/message.jte", new PublicViews.MessageView(text, text.c(survey.title()),
                        text.t("survey.answer.thanks"), text.prefix() + BASE, text.t("survey.public.back")));
    }

    @GetMapping({BASE + "/{id}/results", HANT + BASE + "/{id}/results"})
    ResponseEntity<String> results(@PathVariable String id, HttpServletRequest request) {
        PublicText text = text(request);
        long surveyId = number(id);
        Survey survey = surveys.survey(surveyId);
        Results results = surveys.results(surveyId);
        List<PublicViews.ChartView> chartViews = results.questions().stream()
                .filter(r -> r.question().kind().hasOptions())
                .map(r -> new PublicViews.ChartView(r.question().id(),
                        BASE + "/" + surveyId + "/results/" + r.question().id() + ".png",
                        ResultChart.height(r), alt(text, r)))
                .toList();
        return page(HttpStatus.OK, text, text.t("survey.results.title", text.c(survey.title())),
                BASE + "/" + surveyId + "/results", "interaction/survey/results.jte",
                new PublicViews.ResultsView(text, survey, results, surveys.opinions(surveyId), chartViews));
    }

    @GetMapping({BASE + "/{id}/results/{questionId}.png", HANT + BASE + "/{id}/results/{questionId}.png"})
    ResponseEntity<byte[]> chart(@PathVariable String id, @PathVariable String questionId) {
        long surveyId = number(id);
        Results.QuestionResult result = surveys.results(surveyId).question(number(questionId));
        if (result == null || !result.question().kind().hasOptions()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // the error page says so in the site frame
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(charts.png(surveyId, result));
    }

    /** The chart's text alternative: every option with its count and percentage. */
    private static String alt(PublicText text, Results.QuestionResult r) {
        StringBuilder items = new StringBuilder();
        for (Results.ChoiceCount c : r.choices()) {
            if (!items.isEmpty()) {
                items.append("；");
            }
            items.append(text.t("survey.chart.item", c.choice().key(), text.c(c.choice().label()), c.count(), c.percent()));
        }
        return text.t("survey.chart.alt", r.question().number(), items.toString());
    }

    private ResponseEntity<String> refused(HttpStatus status, HttpServletRequest request, PublicText text,
                                           Survey survey, String key, Map<Long, List<String>> sent) {
        return surveyPage(status, text, survey, null, form(request, text, survey, text.t(key), Map.of(), sent));
    }

    private ResponseEntity<String> surveyPage(HttpStatus status, PublicText text, Survey survey, String message,
                                              PublicViews.Form form) {
        Survey.Phase phase = survey.phase(clock.instant());
        String shown = message;
        PublicViews.Form shownForm = form;
        if (phase != Survey.Phase.TAKING_ANSWERS) {
            shownForm = null;
            if (shown == null) {
                shown = phase == Survey.Phase.NOT_STARTED
                        ? text.t("survey.answer.starts", SurveyTimes.shown(survey.opensAt()))
                        : text.t(phase == Survey.Phase.CLOSED ? "survey.answer.ended" : "survey.answer.ended.results");
            }
        }
        return page(status, text, text.c(survey.title()), BASE + "/" + survey.id(), "interaction/survey/survey.jte",
                new PublicViews.SurveyView(text, survey, text.t("survey.public.status." + phase.name()), shown,
                        phase == Survey.Phase.RESULTS_PUBLISHED ? resultsHref(text, survey.id()) : null, shownForm));
    }

    /** The answer form; shown again after a refused post it keeps that post's token (see {@code FormGuard}). */
    private PublicViews.Form form(HttpServletRequest request, PublicText text, Survey survey, String formMessage,
                                  Map<Long, FormError> errors, Map<Long, List<String>> sent) {
        String token = "POST".equals(request.getMethod())
                ? guard.carryOver(purpose(survey.id()), request.getParameter(FormGuard.TOKEN_FIELD))
                : guard.issue(purpose(survey.id()));
        return new PublicViews.Form(surveys.questions(survey.id()), text.prefix() + BASE + "/" + survey.id(),
                token, formMessage, errors, sent);
    }

    /** A survey that does not exist, is a draft, or has no published results: the portal's frame says so. */
    @ExceptionHandler(NotFound.class)
    ResponseEntity<String> notFound(NotFound e, HttpServletRequest request) {
        PublicText text = text(request);
        return page(HttpStatus.NOT_FOUND, text, text.t("survey.public.not-found"), BASE, "interaction/survey/message.jte",
                new PublicViews.MessageView(text, text.t("survey.public.not-found"), text.t(e.key(), e.args()),
                        text.prefix() + BASE, text.t("survey.public.back")));
    }

    private ResponseEntity<String> page(HttpStatus status, PublicText text, String title, String path, String template,
                                        Object view) {
        StringOutput main = new StringOutput(8192);
        templates.render(template, view, main);
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                .body(layout.page(null, text.traditional(), title, path, main.toString()));
    }

    private PublicText text(HttpServletRequest request) {
        return new PublicText(request.getRequestURI().startsWith(HANT + "/"), messages, script, layout::html);
    }

    private static String resultsHref(PublicText text, long id) {
        return text.prefix() + BASE + "/" + id + "/results";
    }

    private static String purpose(long surveyId) {
        return "survey:" + surveyId;
    }

    /** An id from the address; anything else is a survey that does not exist. */
    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFound("survey.not-found", text);
        }
    }
}
