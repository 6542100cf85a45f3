package org.zhengwu.accounts.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;

/**
 * Every refusal of the console's filter chain — a URL outside the caller's role, a form without its valid CSRF token
 * — is recorded in the audit log with the method and URL, then shown as the console's 403 page.
 */
final class RecordingAccessDeniedHandler implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(RecordingAccessDeniedHandler.class);

    private final AuditTrail audit;
    private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();

    RecordingAccessDeniedHandler(AuditTrail audit, String errorPage) {
        this.audit = audit;
        page.setErrorPage(errorPage);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        try {
            audit.recordRefusal(AuditEvent.of(denied instanceof CsrfException ? "console.csrf-refused" : "console.forbidden",
                    "request", null, null, request.getMethod() + " " + request.getRequestURI()));
        } catch (RuntimeException e) {
            log.error("未能记录越权访问 {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        page.handle(request, response, denied);
    }
}
