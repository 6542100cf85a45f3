package org.zhengwu.accounts.internal.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.zhengwu.accounts.SignInRecord.Outcome;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.internal.AccountStore;
import org.zhengwu.accounts.internal.PendingSecondFactor;
import org.zhengwu.accounts.internal.SecondFactors;
import org.zhengwu.accounts.internal.SignInAttempts;
import org.zhengwu.accounts.internal.SignInCompletion;
import org.zhengwu.accounts.internal.SignInGuard;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.web.FormError;

/**
 * The second step of signing in: the six-digit code of the authenticator app. A wrong code counts towards the
 * lockout of the address like a wrong password; at the lockout the half-finished sign-in ends and the sign-in page
 * shows the same neutral message as for a wrong password.
 */
@Controller
@RequestMapping(SignInCompletion.CODE_PAGE)
class SecondFactorController {

    private final SecondFactors factors;
    private final AccountStore store;
    private final SignInGuard guard;
    private final SignInAttempts attempts;
    private final SignInCompletion completion;
    private final Clock clock;

    SecondFactorController(SecondFactors factors, AccountStore store, SignInGuard guard, SignInAttempts attempts,
                           SignInCompletion completion, Clock clock) {
        this.factors = factors;
        this.store = store;
        this.guard = guard;
        this.attempts = attempts;
        this.completion = completion;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        if (pending() == null) {
            return "redirect:/admin/login";
        }
        model.addAttribute("formError", null);
        return "admin/accounts/code";
    }

    @PostMapping
    ModelAndView verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                        HttpServletResponse response) throws IOException, ServletException {
        PendingSecondFactor pending = pending();
        if (pending == null) {
            return new ModelAndView("redirect:/admin/login");
        }
        StaffAccount account = store.byId(pending.accountId()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String address = request.getRemoteAddr();
        if (account == null || !account.enabled() || account.role() == null || guard.locked(account.id(), address, now)) {
            return abandon(request, account, pending, Outcome.LOCKED);
        }
        if (factors.verify(account.id(), code)) {
            guard.succeeded(account.id(), address);
            completion.signIn(request, response, StaffUser.of(account));
            return null; // the completion has redirected
        }
        if (guard.failed(account, address, now)) {
            return abandon(request, account, pending, Outcome.LOCKED);
        }
        attempts.record(account.id(), account.unitId(), account.username(), Outcome.SECOND_FACTOR_FAILURE);
        ModelAndView page = new ModelAndView("admin/accounts/code");
        page.addObject("formError", FormError.of("totp.code.wrong"));
        return page;
    }

    /** Ends the half-finished sign-in; the sign-in page then says only that it failed. */
    private ModelAndView abandon(HttpServletRequest request, StaffAccount account, PendingSecondFactor pending, Outcome outcome) {
        attempts.record(pending.accountId(), account == null ? null : account.unitId(), pending.username(), outcome);
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return new ModelAndView("redirect:/admin/login?code-failed");
    }

    private static PendingSecondFactor pending() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof PendingSecondFactor p ? p : null;
    }
}
