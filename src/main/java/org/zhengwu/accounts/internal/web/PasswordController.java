package org.zhengwu.accounts.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.accounts.SecurityPolicies;
import org.zhengwu.accounts.SecurityPolicy;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;

/** Changing one's own password; the only page open while a change is required (new, reset or expired password). */
@Controller
@RequestMapping("/admin/account/password")
class PasswordController {

    private final StaffAdministration staff;
    private final SecurityPolicies policies;
    private final UnitScope scope;

    PasswordController(StaffAdministration staff, SecurityPolicies policies, UnitScope scope) {
        this.staff = staff;
        this.policies = policies;
        this.scope = scope;
    }

    @GetMapping
    String form(Model model) {
        return page(model, null);
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String next,
                  @RequestParam(defaultValue = "") String repeat, HttpServletRequest request,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        try {
            staff.changePassword(scope.staff().accountId(), current, next, repeat);
        } catch (RuleViolation e) {
            return page(model, FormError.of(e));
        }
        request.changeSessionId();
        redirect.addFlashAttribute("notice", ui.t("password.changed"));
        return "redirect:/admin";
    }

    private String page(Model model, FormError error) {
        StaffPrincipal me = scope.staff();
        SecurityPolicy policy = policies.current();
        boolean forced = me instanceof StaffUser user && user.mustChangePassword();
        boolean initial = staff.account(me.accountId()).map(StaffAccount::mustChangePassword).orElse(false);
        model.addAttribute("reason", !forced ? null : initial ? "password.forced" : "password.expired");
        model.addAttribute("policy", policy);
        model.addAttribute("formError", error);
        return "admin/accounts/password";
    }
}
