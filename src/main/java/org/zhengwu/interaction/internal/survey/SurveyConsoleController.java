package org.zhengwu.interaction.internal.survey;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;

/**
 * 征集调查 in the console, for the system administrator and the hall's dispatcher (the URL rule and the service check
 * both say so): the list, a new survey, and one survey's page — its fields and questions while it is a draft, then
 * open, close early, and the feedback with which its results are published. A refused form is shown again with what
 * was typed and the message next to it.
 */
@Controller
@RequestMapping("/admin/surveys")
class SurveyConsoleController {

    private final SurveyAdministration surveys;
    private final Clock clock;

    SurveyConsoleController(SurveyAdministration surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        java.util.Map<Long, Integer> counts = surveys.responseCounts();
        model.addAttribute("rows", surveys.all().stream()
                .map(s -> new SurveyRow(s, SurveyConsolePage.statusKey(s, clock.instant()), counts.getOrDefault(s.id(), 0)))
                .toList());
        return "admin/surveys/list";
    }

    @GetMapping("/new")
    String fresh(@RequestParam(required = false) String kind, Model model) {
        surveys.all(); // the role check, before anything is shown
        return create(model, SurveyFields.Input.empty("SOLICITATION".equals(kind) ? "SOLICITATION" : "SURVEY"), null);
    }

    @PostMapping
    String create(@ModelAttribute SurveyFields.Input input, Model model, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  RedirectAttributes redirect) {
        try {
            long id = surveys.create(input);
            redirect.addFlashAttribute("notice", ui.t("survey.created", input.title().strip()));
            return "redirect:/admin/surveys/" + id;
        } catch (RuleViolation e) {
            return create(model, input, FormError.of(e));
        }
    }

    private String create(Model model, SurveyFields.Input input, FormError error) {
        model.addAttribute("fields", input);
        model.addAttribute("formError", error);
        return "admin/surveys/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, id, null, null, null, null, null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute SurveyFields.Input input, Model model,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return submit(ui, redirect, id, "survey.updated", () -> surveys.update(id, input),
                error -> page(model, id, input, null, null, error, SurveyConsolePage.FIELDS));
    }

    @PostMapping("/{id}/questions")
    String addQuestion(@PathVariable long id, @ModelAttribute QuestionFields.Input input, Model model,
                       @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return submit(ui, redirect, id, "survey.question.added", () -> surveys.addQuestion(id, input),
                error -> page(model, id, null, input, null, error, SurveyConsolePage.QUESTION));
    }

    @GetMapping("/{id}/questions/{questionId}")
    String editQuestion(@PathVariable long id, @PathVariable long questionId, Model model) {
        return question(model, id, questionId, null, null);
    }

    @PostMapping("/{id}/questions/{questionId}")
    String updateQuestion(@PathVariable long id, @PathVariable long questionId,
                          @ModelAttribute QuestionFields.Input input, Model model,
                          @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return submit(ui, redirect, id, "survey.question.updated", () -> surveys.updateQuestion(id, questionId, input),
                error -> question(model, id, questionId, input, error));
    }

    private String question(Model model, long id, long questionId, QuestionFields.Input input, FormError error) {
        Question q = surveys.questions(id).stream().filter(x -> x.id() == questionId).findFirst()
                .orElseThrow(() -> new NotFound("survey.question.not-found", questionId));
        model.addAttribute("survey", surveys.survey(id));
        model.addAttribute("number", q.number());
        model.addAttribute("questionId", questionId);
        model.addAttribute("question", input == null ? QuestionFields.Input.of(q) : input);
        model.addAttribute("formError", error);
        return "admin/surveys/question";
    }

    @PostMapping("/{id}/questions/{questionId}/remove")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId,
                          @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return act(redirect, ui, id, "survey.question.removed", () -> surveys.removeQuestion(id, questionId));
    }

    @PostMapping("/{id}/questions/{questionId}/move")
    String moveQuestion(@PathVariable long id, @PathVariable long questionId,
                        @RequestParam(required = false) String direction,
                        @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return act(redirect, ui, id, "survey.question.moved",
                () -> surveys.moveQuestion(id, questionId, !"down".equals(direction)));
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return act(redirect, ui, id, "survey.opened", () -> surveys.open(id));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return act(redirect, ui, id, "survey.closed", () -> surveys.close(id));
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String feedback, Model model,
                   @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return submit(ui, redirect, id, "survey.results.published", () -> surveys.publishResults(id, feedback),
                error -> page(model, id, null, null, feedback, error, SurveyConsolePage.PUBLISH));
    }

    /**
     * A form's action: done, back to the survey's page with a notice; or refused, the form shown again with the
     * message beside its field — unless the survey's state refused it (opened meanwhile, not closed yet), which is no
     * field's fault and goes to the top of the survey's page.
     */
    private static String submit(Ui ui, RedirectAttributes redirect, long id, String noticeKey, Runnable action,
                                 java.util.function.Function<FormError, String> form) {
        try {
            action.run();
            return done(redirect, ui.t(noticeKey), id);
        } catch (NotFound e) {
            throw e;
        } catch (RuleViolation e) {
            if (e.key().startsWith("survey.state.")) {
                redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
                return "redirect:/admin/surveys/" + id;
            }
            return form.apply(FormError.of(e));
        }
    }

    /** A change of state or order: done, or its refusal shown at the top of the survey's page. */
    private String act(RedirectAttributes redirect, Ui ui, long id, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", ui.t(doneKey));
        } catch (NotFound e) {
            throw e;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/surveys/" + id;
    }

    private static String done(RedirectAttributes redirect, String notice, long id) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/surveys/" + id;
    }

    private String page(Model model, long id, SurveyFields.Input fields, QuestionFields.Input question, String feedback,
                        FormError error, String errorForm) {
        Survey survey = surveys.survey(id);
        Results results = surveys.results(id);
        model.addAttribute("page", new SurveyConsolePage(survey, SurveyConsolePage.statusKey(survey, clock.instant()),
                results.questions().stream().map(Results.QuestionResult::question).toList(), results,
                surveys.opinionCount(id), fields == null ? SurveyTimes.input(survey) : fields,
                question == null ? QuestionFields.Input.empty() : question,
                feedback == null ? (survey.feedback() == null ? "" : survey.feedback()) : feedback, error, errorForm));
        return "admin/surveys/survey";
    }
}
