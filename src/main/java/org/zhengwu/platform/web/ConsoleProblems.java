package org.zhengwu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;

/**
 * The console's refusal pages, in the user's language: 403 when a staff member reaches for another unit's site or
 * another role's page (recorded in the audit log), 404 when a page asks for something that does not exist, 413 when an
 * upload is larger than the server takes at all.
 */
@ControllerAdvice
class ConsoleProblems {

    /** Where the security filter chain forwards its own refusals (a missing CSRF token, for example). */
    static final String FORBIDDEN_PATH = "/admin/forbidden";

    private static final Logger log = LoggerFactory.getLogger(ConsoleProblems.class);

    private final UiAdvice uiAdvice;
    private final ObjectProvider<AuditTrail> audit;

    ConsoleProblems(UiAdvice uiAdvice, ObjectProvider<AuditTrail> audit) {
        this.uiAdvice = uiAdvice;
        this.audit = audit;
    }

    /** A refusal by a controller or service (another unit's id, another administrator's page) is audited too. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request) {
        try {
            AuditTrail trail = audit.getIfAvailable();
            if (trail != null) {
                trail.recordRefusal(AuditEvent.of("console.forbidden", "request", null, null,
                        request.getMethod() + " " + request.getRequestURI()));
            }
        } catch (RuntimeException e) {
            log.error("未能记录越权访问 {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        return page(request, HttpStatus.FORBIDDEN, "console.forbidden.title", "console.forbidden.message", new Object[0]);
    }

    /** A request bigger than the server accepts at all ({@code spring.servlet.multipart.*}) never reaches a controller. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return page(request, HttpStatus.PAYLOAD_TOO_LARGE, "console.upload.refused", "console.upload.too-large", new Object[0]);
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request, NotFound e) {
        return page(request, HttpStatus.NOT_FOUND, "console.not-found.title", e.key(), e.args());
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String title, String key, Object[] args) {
        Ui ui = uiAdvice.ui(request, new ExtendedModelMap());
        ModelAndView mav = new ModelAndView("admin/problem");
        mav.addObject("ui", ui);
        mav.addObject("title", ui.t(title));
        mav.addObject("message", ui.t(key, args));
        mav.setStatus(status);
        return mav;
    }

    @Controller
    static class ForbiddenPage {

        @RequestMapping(FORBIDDEN_PATH)
        ModelAndView show(@ModelAttribute(name = "ui", binding = false) Ui ui) {
            ModelAndView mav = new ModelAndView("admin/problem");
            mav.addObject("title", ui.t("console.forbidden.title"));
            mav.addObject("message", ui.t("console.forbidden.message"));
            mav.setStatus(HttpStatus.FORBIDDEN);
            return mav;
        }
    }
}
