package org.zhengwu.accounts.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengwu.accounts.internal.StaffAuthentication;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;

/** The sign-in page; the form posts to {@code /admin/login}, handled by Spring Security. */
@Controller
class LoginController {

    private final UnitScope scope;

    LoginController(UnitScope scope) {
        this.scope = scope;
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
            failure = reason instanceof LockedException
                    ? FormError.of("login.locked", StaffAuthentication.MAX_FAILURES, StaffAuthentication.LOCK_TIME.toMinutes())
                    : reason instanceof DisabledException ? FormError.of("login.disabled") : FormError.of("login.failed");
        }
        String notice = request.getParameter("logout") != null ? "login.logged-out"
                : request.getParameter("disabled") != null ? "login.signed-out-disabled" : null;
        model.addAttribute("failure", failure);
        model.addAttribute("signInNotice", notice);
        return "admin/accounts/login";
    }
}
