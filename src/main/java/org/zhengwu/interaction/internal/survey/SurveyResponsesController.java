package org.zhengwu.interaction.internal.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.platform.web.Ui;

/**
 * A survey's responses and opinions (the written answers) in the console, a page at a time, and the export of all
 * responses to Excel. Same roles as the rest of 征集调查.
 */
@Controller
@RequestMapping("/admin/surveys/{id}")
class SurveyResponsesController {

    private final SurveyAdministration surveys;
    private final Clock clock;

    SurveyResponsesController(SurveyAdministration surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @GetMapping("/responses")
    String responses(@PathVariable long id, @RequestParam(required = false) String page, Model model) {
        return page(model, id, page, "responses", surveys.responseCount(id), (questions, offset) ->
                surveys.responses(id, offset, ResponsePage.SIZE).stream().map(r -> ResponsePage.row(r, questions)).toList());
    }

    @GetMapping("/opinions")
    String opinions(@PathVariable long id, @RequestParam(required = false) String page, Model model) {
        return page(model, id, page, "opinions", surveys.opinionCount(id), (questions, offset) ->
                surveys.opinions(id, offset, ResponsePage.SIZE).stream().map(o -> new ResponsePage.ResponseRow(
                        o.responseId(), SurveyTimes.shown(o.submittedAt()),
                        List.of(questions.stream().filter(q -> q.id() == o.questionId()).findFirst()
                                .map(q -> String.valueOf(q.number())).orElse(""), o.text()))).toList());
    }

    /** One page ({@code page} as asked, kept within the pages there are) of the rows that {@code rows} reads. */
    private String page(Model model, long id, String page, String view, int total,
                        java.util.function.BiFunction<List<Question>, Integer, List<ResponsePage.ResponseRow>> rows) {
        Survey survey = surveys.survey(id);
        List<Question> questions = surveys.questions(id);
        int p = page(page, total);
        model.addAttribute("page", ResponsePage.of(survey, questions, rows.apply(questions, (p - 1) * ResponsePage.SIZE),
                p, total, "/admin/surveys/" + id + "/" + view));
        return "admin/surveys/" + view;
    }

    @GetMapping("/export.xlsx")
    void export(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                HttpServletResponse response) throws IOException {
        Survey survey = surveys.survey(id);
        List<Question> questions = surveys.questions(id);
        try (SurveyWorkbook workbook = new SurveyWorkbook(ui.t("survey.export.sheet"),
                List.of(ui.t("survey.export.number"), ui.t("survey.export.time")), questions,
                questions.stream().map(q -> ui.t("survey.export.question", q.number(), q.prompt())).toList())) {
            surveys.export(survey.id(), workbook::add);
            String name = "survey-" + id + "-"
                    + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".xlsx";
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
            workbook.write(response.getOutputStream());
        }
    }

    /** The page asked for, within 1 and the last page; anything unreadable is page 1. */
    private static int page(String text, int total) {
        int pages = Math.max(1, (total + ResponsePage.SIZE - 1) / ResponsePage.SIZE);
        try {
            return Math.max(1, Math.min(pages, Integer.parseInt(text == null ? "1" : text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
