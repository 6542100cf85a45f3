package org.zhengwu.accounts.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.zhengwu.accounts.SignInRecord.Outcome;

/**
 * The end of a sign-in, after the password or after the second factor: the login history and audit log get the
 * success, the session gets the policy's idle timeout, and the browser goes where it wanted to go (else the console
 * home). A right password of an account with a second factor goes to the code page instead.
 */
@Component
public class SignInCompletion implements AuthenticationSuccessHandler {

    public static final String CODE_PAGE = "/admin/login/code";

    private final SignInAttempts attempts;
    private final PolicyStore policies;
    private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignInCompletion(SignInAttempts attempts, PolicyStore policies) {
        this.attempts = attempts;
        this.policies = policies;
        next.setDefaultTargetUrl("/admin");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        if (auth instanceof PendingSecondFactor) {
            response.sendRedirect(CODE_PAGE);
            return;
        }
        complete(request, response, (StaffUser) auth.getPrincipal());
    }

    /** Signs this staff member in for good (after the second factor: in a fresh session id) and redirects. */
    public void signIn(HttpServletRequest request, HttpServletResponse response, StaffUser user)
            throws IOException, ServletException {
        request.changeSessionId();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        complete(request, response, user);
    }

    private void complete(HttpServletRequest request, HttpServletResponse response, StaffUser user)
            throws IOException, ServletException {
        attempts.record(user.accountId(), user.unitId(), user.username(), Outcome.SUCCESS);
        request.getSession().setMaxInactiveInterval(policies.read().sessionIdleMinutes() * 60);
        next.onAuthenticationSuccess(request, response,
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
