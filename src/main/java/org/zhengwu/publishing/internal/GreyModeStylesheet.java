package org.zhengwu.publishing.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.zhengwu.publishing.GreyMode;

/**
 * {@code /_zw/mode.css}, linked by every published page: turns the page grey while grey mode is active by the
 * clock, and is empty otherwise. Browsers keep it a minute, so a change reaches every reader within about a minute
 * without touching a single published file. Answered ahead of the security filters: every page view asks for it.
 */
final class GreyModeStylesheet implements Filter {

    static final String PATH = "/_zw/mode.css";
    private static final byte[] GREY = "html{-webkit-filter:grayscale(100%);filter:grayscale(100%)}\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NORMAL = "/* grey mode off */\n".getBytes(StandardCharsets.US_ASCII);

    private final GreyMode greyMode;

    GreyModeStylesheet(GreyMode greyMode) {
        this.greyMode = greyMode;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || !PATH.equals(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = greyMode.activeNow() ? GREY : NORMAL;
        response.setStatus(200);
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setContentLength(body.length);
        if (!"HEAD".equals(method)) {
            response.getOutputStream().write(body);
        }
    }
}
