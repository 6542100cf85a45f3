package org.zhengwu.services.internal.web;

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
 * Renders a page of the hall ({@code src/main/jte/services/NAME.jte}, parameters {@code t} and {@code v}) inside the
 * portal's frame, in the script of the address it was asked under. The guides change rarely: the pages may be kept
 * by browsers and proxies for five minutes.
 */
@Component
class ServicePages {

    static final String HALL = "/bsfw/";

    private final TemplateEngine templates;
    private final PublicPageLayout layout;
    private final MessageSource messages;
    private final ChineseScript script;

    ServicePages(TemplateEngine templates, PublicPageLayout layout, MessageSource messages, ChineseScript script) {
        this.templates = templates;
        this.layout = layout;
        this.messages = messages;
        this.script = script;
    }

    /** The public address of an item's guide, in simplified script. */
    static String itemPath(String code) {
        return HALL + "item/" + code + ".html";
    }

    ServiceText text(HttpServletRequest request) {
        boolean hant = request.getRequestURI().startsWith(request.getContextPath() + PublicPaths.HANT_PREFIX + "/");
        return new ServiceText(messages, script, hant);
    }

    /**
     * @param path  the page's address in simplified script without a prefix (for the script switch)
     * @param title the page title, already in the page's script
     */
    ResponseEntity<String> render(HttpStatus status, ServiceText t, String template, String title, String path,
                                  Object view) {
        return render(status, t, template, title, path, view, CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic());
    }

    /** A page of one citizen's own (a form with its token, a receipt, a look-up): never kept by a cache. */
    ResponseEntity<String> own(HttpStatus status, ServiceText t, String template, String title, String path,
                               Object view) {
        return render(status, t, template, title, path, view, CacheControl.noStore());
    }

    private ResponseEntity<String> render(HttpStatus status, ServiceText t, String template, String title, String path,
                                          Object view, CacheControl cache) {
        StringOutput main = new StringOutput(8192);
        templates.render("services/" + template + ".jte", Map.of("t", t, "v", view), main);
        String hall = t.t("service.hall.title");
        String html = layout.page(null, t.hant(), title.equals(hall) ? hall : title + " - " + hall, path, main.toString());
        return ResponseEntity.status(status).cacheControl(cache)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }
}
