package org.zhengwu.platform.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/** Problems of the console ({@code /admin}): its own problem page in the console's frame. */
@Component
@Order(0)
class ConsoleProblemPage implements ProblemPage {

    private final UiAdvice uiAdvice;
    private final TemplateEngine templates;

    ConsoleProblemPage(UiAdvice uiAdvice, TemplateEngine templates) {
        this.uiAdvice = uiAdvice;
        this.templates = templates;
    }

    @Override
    public boolean covers(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    @Override
    public ResponseEntity<byte[]> render(HttpServletRequest request, String path, Problem problem) {
        Ui ui = uiAdvice.ui(request, new ExtendedModelMap());
        StringOutput out = new StringOutput();
        templates.render("admin/problem.jte", Map.of("ui", ui, "title", problem.title(), "message", problem.message()),
                out);
        return ProblemPage.html(problem, out.toString());
    }
}
