package org.zhengwu.accounts.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengwu.accounts.SecurityPolicies;
import org.zhengwu.accounts.SecurityPolicy;
import org.zhengwu.accounts.internal.StaffAuthentication;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;

/**
 * The sign-in page; the form posts to {@code /admin/login}, handled by Spring Security. An unknown name, a wrong
 * password and a locked account get one and the same message, so the page never tells whether a name exists; only
 * after a right password does it say that the account is disabled or has no role yet.
 */
@Controller
class LoginController {

    private final UnitScope scope;
    private final SecurityPolicies policies;

    LoginController(UnitScope scope, SecurityPolicies policies) {
        this.scope = scope;
        this.policies = policies;
    }

    @GetMapping("/admin/login")
    String login(HttpServletRequest request, Model model) {
        if (scope.current().isPresent()) {
            return "redirect:/admin";
        }
        FormError failure = null;
        if (request.getParameter("error") != null) {
            HttpSession session = request.getSession(false);
            Object reason = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (session != null) {
                session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            }
            SecurityPolicy policy = policies.current();
            failure = reason instanceof StaffAuthentication.NoRole ? FormError.of("login.no-role")
                    : reason instanceof DisabledException ? FormError.of("login.disabled")
                    : FormError.of("login.failed", policy.lockoutThreshold(), policy.lockoutMinutes());
        } else if (request.getParameter("throttled") != null) {
            failure = FormError.of("login.throttled");
        }
        String notice = request.getParameter("logout") != null ? "login.logged-out"
                : request.getParameter("disabled") != null ? "login.signed-out-disabled"
                : request.getParameter("code-failed") != null ? "login.code-failed" : null;
        model.addAttribute("failure", failure);
        model.addAttribute("signInNotice", notice);
        return "admin/accounts/login";
    }
}
