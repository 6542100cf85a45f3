package org.zhengwu.publishing.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.zhengwu.publishing.GreyMode;

/**
 * {@code /_zw/mode.css}, linked by every published page: the page's reading modes without touching a published file.
 * Grey mode turns the page grey while it is active by the clock; the elderly mode (适老模式, chosen by the reader with
 * {@link ElderlySwitch}, remembered in a cookie) adds larger type, stronger contrast and a simpler layout. Browsers ask
 * for it again on every page (a 304 while unchanged), privately (it depends on the reader's cookie). Answered ahead of the security filters: every page view
 * asks for it.
 */
final class ModeStylesheet implements Filter {

    static final String PATH = "/_zw/mode.css";
    private static final byte[] GREY = "html{-webkit-filter:grayscale(100%);filter:grayscale(100%)}\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NORMAL = "/* grey mode off */\n".getBytes(StandardCharsets.US_ASCII);

    /** One stylesheet and its ETag per combination of the two modes, made once: every page view asks for one. */
    private record Variant(byte[] body, String etag) {

        static Variant of(byte[] grey, byte[] elderly) {
            byte[] body = new byte[grey.length + elderly.length];
            System.arraycopy(grey, 0, body, 0, grey.length);
            System.arraycopy(elderly, 0, body, grey.length, elderly.length);
            return new Variant(body, "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"");
        }
    }

    private final GreyMode greyMode;
    /** Indexed by grey (2) plus elderly (1). */
    private final Variant[] variants = new Variant[4];

    ModeStylesheet(GreyMode greyMode) {
        this.greyMode = greyMode;
        byte[] elderly;
        try (InputStream in = new ClassPathResource("static/assets/elderly.css").getInputStream()) {
            elderly = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        variants[0] = Variant.of(NORMAL, new byte[0]);
        variants[1] = Variant.of(NORMAL, elderly);
        variants[2] = Variant.of(GREY, new byte[0]);
        variants[3] = Variant.of(GREY, elderly);
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
        Variant v = variants[(greyMode.activeNow() ? 2 : 0) + (ElderlySwitch.chosen(request) ? 1 : 0)];
        // asked again on every page view (answered 304 while unchanged): a stylesheet kept for a minute went on
        // showing the old mode after the reader pressed the switch, whatever Vary said
        String etag = v.etag();
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Cookie");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(200);
        response.setContentType("text/css;charset=UTF-8");
        response.setContentLength(v.body().length);
        if (!"HEAD".equals(method)) {
            response.getOutputStream().write(v.body());
        }
    }
}
