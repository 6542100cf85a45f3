package org.zhengwu.publishing.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * {@code /_zw/elderly?on=1&back=/page.html}: the switch to the elderly mode (适老模式) on every published page, a plain
 * link, so it works without JavaScript. It remembers the choice in a cookie for a year and sends the reader back to
 * the page; {@link ModeStylesheet} reads the cookie. The published pages themselves stay the same static files.
 */
final class ElderlySwitch implements Filter {

    static final String PATH = "/_zw/elderly";
    static final String COOKIE = "zw_elderly";

    static boolean chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && "1".equals(c.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Only a path of this site: never another host (an open redirect), never a line break. */
    static String back(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\") || back.length() > 2000
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return back;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"GET".equals(request.getMethod()) || !PATH.equals(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        boolean on = "1".equals(request.getParameter("on"));
        ResponseCookie cookie = ResponseCookie.from(COOKIE, on ? "1" : "0").path("/").httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).maxAge(on ? Duration.ofDays(365) : Duration.ZERO).build();
        response.addHeader("Set-Cookie", cookie.toString());
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request.getParameter("back")));
    }
}
