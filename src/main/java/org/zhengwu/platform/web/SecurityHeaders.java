package org.zhengwu.platform.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser security headers, on every response the application gives: published pages and their 404 page (served
 * ahead of Spring Security), the search page, the interaction hall, the console, the JSON APIs, Open311 and error
 * pages. The first filter of all, so no page type can miss them; Spring Security's own writers of these headers are
 * turned off. One content security policy fits every page: scripts only from the application (published pages have
 * none; the console's editor script is a file), styles from the application plus inline ones (the published pages'
 * brand colour is a {@code style} attribute, grey mode is a stylesheet), images from anywhere (imported articles
 * point to other sites), no plugins, forms only to the application, framing only by the application itself.
 * Console addresses are not passed on as referrers at all; public ones only as their origin to other sites. Over
 * HTTPS (directly, or behind a proxy the server trusts to say so) browsers are also told to keep to HTTPS.
 */
public final class SecurityHeaders implements Filter {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: http: https:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", console(request) ? "same-origin" : "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            // no includeSubDomains: other units' sites under the same domain may not have HTTPS yet
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(req, res);
    }

    private static boolean console(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin") || path.startsWith("/admin/");
    }
}
