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
import org.zhengwu.publishing.SectionPage;

/**
 * Renders a page of the hall ({@code src/main/jte/services/NAME.jte}, parameters {@code t} and {@code v}) in a
 * script: for publishing to write as a static page, or on request inside the portal's frame (kept by browsers and
 * proxies for five minutes).
 */
@Component
class ServicePages {

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

    ServiceText text(HttpServletRequest request) {
        boolean hant = request.getRequestURI().startsWith(request.getContextPath() + PublicPaths.HANT_PREFIX + "/");
        return text(hant);
    }

    ServiceText text(boolean hant) {
        return new ServiceText(messages, script, hant);
    }

    /** A page of the hall for publishing to frame and write (static pages). */
    SectionPage page(ServiceText t, String template, String title, Object view) {
        return new SectionPage(title(t, title), main(t, template, view));
    }

    /**
     * A page rendered on request (what must stay dynamic, and the hall's "not found" page).
     *
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
        String html = layout.page(null, t.hant(), title(t, title), path, main(t, template, view));
        return ResponseEntity.status(status).cacheControl(cache)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    private String main(ServiceText t, String template, Object view) {
        StringOutput main = new StringOutput(8192);
        templates.render("services/" + template + ".jte", Map.of("t", t, "v", view), main);
        return main.toString();
    }

    private static String title(ServiceText t, String title) {
        String hall = t.t("service.hall.title");
        return title.equals(hall) ? hall : title + " - " + hall;
    }
}
