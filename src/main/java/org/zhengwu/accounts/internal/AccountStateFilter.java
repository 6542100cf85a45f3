package org.zhengwu.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhengwu.accounts.StaffAccount;

/**
 * Reads the signed-in person's account again on every console request: a disabled or deleted account is signed out
 * at once, changed details (unit, role) apply at once, and while the password must be changed every page except the
 * password page redirects there.
 */
final class AccountStateFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/admin/account/password";
    private static final Set<String> OPEN_WHILE_CHANGING = Set.of(PASSWORD_PAGE, "/admin/login", "/admin/logout", "/admin/forbidden");

    private final AccountStore store;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccountStateFilter(AccountStore store) {
        this.store = store;
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
        if (auth != null && auth.getPrincipal() instanceof StaffUser user) {
            Optional<StaffAccount> account = store.byId(user.accountId());
            if (account.isEmpty() || !account.get().enabled()) {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect("/admin/login?disabled");
                return;
            }
            StaffUser fresh = StaffUser.of(account.get());
            if (!fresh.equals(user)) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
                holder.setContext(context);
            }
            if (fresh.mustChangePassword() && !OPEN_WHILE_CHANGING.contains(path)) {
                response.sendRedirect(PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
