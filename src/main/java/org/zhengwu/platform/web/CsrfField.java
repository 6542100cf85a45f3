package org.zhengwu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The hidden CSRF field of a page's forms, read only when a form is rendered. Reading the token stores it in a new
 * session, so reading it for every page would start a session for every anonymous visitor of a page without forms
 * (a search, a published letter, the JSON API) — memory on the server and a cookie the citizen did not need.
 */
public final class CsrfField {

    private static final String DEFAULT_NAME = "_csrf";

    private final CsrfToken token;

    private CsrfField(CsrfToken token) {
        this.token = token;
    }

    /** The request's deferred token (none on error pages and outside the security chain). */
    public static CsrfField of(HttpServletRequest request) {
        return new CsrfField((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    }

    public static CsrfField none() {
        return new CsrfField(null);
    }

    public String name() {
        return token == null ? DEFAULT_NAME : token.getParameterName();
    }

    public String value() {
        return token == null ? "" : token.getToken();
    }
}
