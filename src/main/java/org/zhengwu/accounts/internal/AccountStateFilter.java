package org.zhengwu.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhengwu.accounts.SecurityPolicy;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.platform.security.StaffRole;

/**
 * Reads the signed-in person's account and the security policy again on every console request:
 * <ul>
 *   <li>a disabled or deleted account, or one whose role was withdrawn, is signed out at once;</li>
 *   <li>changed details (unit, role) apply at once;</li>
 *   <li>the session's idle timeout follows the policy;</li>
 *   <li>while the password must be changed (new, reset or expired) every page except the password page leads there;</li>
 *   <li>while the policy requires a second factor an administrator has not enrolled, every page leads to enrolment;</li>
 *   <li>half-way through a sign-in (password right, code not given yet) only the code page is open;</li>
 *   <li>the security and audit administrators' console home is their own first page.</li>
 * </ul>
 */
final class AccountStateFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/admin/account/password";
    static final String TOTP_PAGE = "/admin/account/totp";
    private static final Set<String> ALWAYS_OPEN = Set.of("/admin/login", "/admin/logout", "/admin/forbidden");

    private final AccountStore store;
    private final PolicyStore policies;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccountStateFilter(AccountStore store, PolicyStore policies, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.clock = clock;
    }

    /** Where each role's console starts. */
    static String home(StaffRole role) {
        return switch (role) {
            case SECURITY_ADMINISTRATOR -> "/admin/security/roles";
            case AUDIT_ADMINISTRATOR -> "/admin/audit";
            default -> "/admin";
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/assets/")) {
            chain.doFilter(request, response);
            return;
        }
        Authentication auth = holder.getContext().getAuthentication();
        if (auth instanceof PendingSecondFactor) {
            if (!ALWAYS_OPEN.contains(path) && !SignInCompletion.CODE_PAGE.equals(path)) {
                response.sendRedirect(SignInCompletion.CODE_PAGE);
                return;
            }
        } else if (auth != null && auth.getPrincipal() instanceof StaffUser user) {
            Optional<StaffAccount> account = store.byId(user.accountId());
            if (account.isEmpty() || !account.get().enabled() || account.get().role() == null) {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect("/admin/login?disabled");
                return;
            }
            SecurityPolicy policy = policies.read();
            StaffAccount a = account.get();
            boolean mustChange = a.mustChangePassword()
                    || policy.expired(a.passwordSetAt(), OffsetDateTime.now(clock));
            StaffUser fresh = StaffUser.of(a, mustChange);
            if (!fresh.equals(user)) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
                holder.setContext(context);
            }
            HttpSession session = request.getSession(false);
            if (session != null && session.getMaxInactiveInterval() != policy.sessionIdleMinutes() * 60) {
                session.setMaxInactiveInterval(policy.sessionIdleMinutes() * 60);
            }
            if (mustChange && !ALWAYS_OPEN.contains(path) && !PASSWORD_PAGE.equals(path)) {
                response.sendRedirect(PASSWORD_PAGE);
                return;
            }
            if (!mustChange && policy.totpRequiredForAdministrators() && a.oneOfTheThreeAdministrators()
                    && !a.totpEnabled() && !ALWAYS_OPEN.contains(path) && !TOTP_PAGE.equals(path)
                    && !PASSWORD_PAGE.equals(path)) {
                response.sendRedirect(TOTP_PAGE);
                return;
            }
            if ("/admin".equals(path) && !"/admin".equals(home(a.role()))) {
                response.sendRedirect(home(a.role()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
