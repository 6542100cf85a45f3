package org.zhengwu.interaction.internal.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.PublicPageLayout;
import org.zhengwu.publishing.PublicPaths;

/**
 * Renders a hall page ({@code src/main/jte/interaction/NAME.jte}, parameters {@code t} and {@code v}) inside the
 * portal's frame, in the script of the address it was asked under. Hall pages are never cached: they carry the
 * writer's own letter, a query code or a form token.
 */
@Component
public class HallPages {

    private final TemplateEngine templates;
    private final PublicPageLayout layout;
    private final MessageSource messages;
    private final ChineseScript script;

    HallPages(TemplateEngine templates, PublicPageLayout layout, MessageSource messages, ChineseScript script) {
        this.templates = templates;
        this.layout = layout;
        this.messages = messages;
        this.script = script;
    }

    /** The words for a request, in the script of its address. */
    public HallText text(HttpServletRequest request) {
        return new HallText(messages, script, traditional(request));
    }

    static boolean traditional(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PublicPaths.HANT_PREFIX + "/");
    }

    /** A page that only says what went wrong ({@code title}) and what to do ({@code message}), with a way back. */
    public ResponseEntity<String> problem(HttpStatus status, HallText t, String title, String message, String path) {
        return render(status, t, "problem", title, path, new HallViews.Problem(title, message));
    }

    /**
     * @param path  the page's address in simplified script without a prefix (for the script switch)
     * @param title the page title, already in the page's script
     */
    public ResponseEntity<String> render(HttpStatus status, HallText t, String template, String title, String path, Object view) {
        StringOutput main = new StringOutput(8192);
        templates.render("interaction/" + template + ".jte", Map.of("t", t, "v", view), main);
        String hall = t.t("interaction.hall.title");
        String html = layout.page(null, t.hant(), title.equals(hall) ? hall : title + " - " + hall, path, main.toString());
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }
}
