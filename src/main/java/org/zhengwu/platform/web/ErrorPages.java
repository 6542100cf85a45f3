package org.zhengwu.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The one error page of the whole application, in place of Spring Boot's: whatever the container or a filter refuses
 * ({@code sendError}) and whatever fails on the way is answered here, in Chinese and in the format of the address it
 * was sent to ({@link ProblemPage}), never with a framework's default page. {@code /error} asked for directly is a
 * page that does not exist. It reads no parameter and no body: the request may be one refused for them.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ObjectProvider<ProblemPage> pages;
    private final MessageSource messages;

    ErrorPages(ObjectProvider<ProblemPage> pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @RequestMapping("/error")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        // Tomcat's own refusals (a request line it cannot parse) come through ContainerProblemValve instead
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean dispatched = request.getDispatcherType() == DispatcherType.ERROR && code instanceof Integer;
        HttpStatus status = dispatched ? status((Integer) code) : HttpStatus.NOT_FOUND;
        String uri = dispatched ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
        return answer(request, status, path(uri == null ? request.getRequestURI() : uri, request.getContextPath()));
    }

    /** The answer to a problem at {@code path}, by the first {@link ProblemPage} that covers it. */
    ResponseEntity<byte[]> answer(HttpServletRequest request, HttpStatus status, String path) {
        Problem problem = problem(status, request.getMethod());
        List<ProblemPage> all = pages.orderedStream().toList();
        for (ProblemPage page : all) {
            if (page.covers(path)) {
                return page.render(request, path, problem);
            }
        }
        return plain(problem, messages.getMessage("problem.home", null, "/", Locale.SIMPLIFIED_CHINESE));
    }

    /** The words for a status: {@code problem.404.title}, or those of its class ({@code problem.4xx.title}). */
    private Problem problem(HttpStatus status, String method) {
        String own = "problem." + status.value();
        String general = status.is5xxServerError() ? "problem.5xx" : "problem.4xx";
        return new Problem(status, text(own + ".title", general + ".title", method),
                text(own + ".message", general + ".message", method));
    }

    private String text(String key, String fallback, String method) {
        Object[] args = {method};
        String general = messages.getMessage(fallback, args, fallback, Locale.SIMPLIFIED_CHINESE);
        return messages.getMessage(key, args, general, Locale.SIMPLIFIED_CHINESE);
    }

    static HttpStatus status(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        if (status != null && status.isError()) {
            return status;
        }
        return code >= 500 || code < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }

    private static String path(String uri, String context) {
        return !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** Only where no module covers the address (none covers everything): still Chinese, still no framework page. */
    private static ResponseEntity<byte[]> plain(Problem problem, String home) {
        String html = "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(problem.title()) + "</title><h1>" + HtmlUtils.htmlEscape(problem.title())
                + "</h1><p>" + HtmlUtils.htmlEscape(problem.message()) + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(home)
                + "</a></p></html>";
        return ProblemPage.html(problem, html);
    }
}
