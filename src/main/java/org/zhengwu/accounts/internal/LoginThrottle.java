package org.zhengwu.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhengwu.accounts.SignInRecord.Outcome;

/**
 * At most {@code zhengwu.security.login-attempts-per-minute} (default 20) sign-in posts — password or second-factor
 * code — per minute from one address, counted in memory per node; beyond it the attempt is not even checked and the
 * sign-in page says to wait. The first refused attempt of each minute is recorded, so an attack shows in the login
 * history without filling it. (Behind a reverse proxy on another machine, name it in
 * {@code server.tomcat.remoteip.internal-proxies} so the address is the client's; a local one is trusted already.)
 */
@Component
public class LoginThrottle {

    private volatile int limit;
    private final Clock clock;
    private final SignInAttempts attempts;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, AtomicInteger count) {
    }

    LoginThrottle(@Value("${zhengwu.security.login-attempts-per-minute:20}") int limit, Clock clock, SignInAttempts attempts) {
        this.limit = limit;
        this.clock = clock;
        this.attempts = attempts;
    }

    /** Another limit (tests); returns the one before. */
    int limit(int perMinute) {
        int before = limit;
        limit = perMinute;
        return before;
    }

    /** Counts an attempt from this address; false when it is over the limit (and then records the first refusal). */
    boolean allow(String address, String username) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window w = windows.compute(address == null ? "" : address,
                (k, old) -> old == null || old.minute() != minute ? new Window(minute, new AtomicInteger()) : old);
        int n = w.count().incrementAndGet();
        if (n <= limit) {
            return true;
        }
        if (n == limit + 1) {
            attempts.record(null, null, username, Outcome.THROTTLED);
        }
        return false;
    }

    /** The filter in front of the sign-in posts. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return !"POST".equals(request.getMethod())
                        || !("/admin/login".equals(path) || SignInCompletion.CODE_PAGE.equals(path));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (allow(request.getRemoteAddr(), request.getParameter("username"))) {
                    chain.doFilter(request, response);
                } else {
                    response.sendRedirect("/admin/login?throttled");
                }
            }
        };
    }
}
