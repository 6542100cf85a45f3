package org.zhengwu.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads them, the requests whose address or parameters cannot be read: an address
 * longer than {@value #MAX_URL} characters (414), parameters that are not valid UTF-8 or not valid percent-encoding
 * (400), a NUL character in a parameter (400: no one types it, and PostgreSQL refuses it in text), a form body over
 * the container's limit (413). The container only notices those when the first parameter is
 * asked for — in the security filters or a controller, which then fail with a 500 or an ERROR stack trace in the log.
 * The refusal goes through {@link ErrorPages}, so it comes in the format of the address. Uploads
 * ({@code multipart/*}) are left to the multipart handling, which has its own limits and pages.
 */
class BadInputFilter extends OncePerRequestFilter {

    /** The longest address (path and query) taken: what most servers and proxies take. */
    static final int MAX_URL = 8192;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > MAX_URL) {
            response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                if (holdsNul(request.getParameterMap())) {
                    // never text anyone typed, and PostgreSQL refuses it in a text parameter with an error
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            } catch (InvalidParameterException e) {
                int code = e.getErrorCode();
                response.sendError(code == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? code
                        : HttpServletResponse.SC_BAD_REQUEST);
                return;
            } catch (IllegalStateException | IllegalArgumentException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(java.util.Map<String, String[]> parameters) {
        for (var e : parameters.entrySet()) {
            if (e.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String v : e.getValue()) {
                if (v != null && v.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
