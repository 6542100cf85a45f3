package org.zhengwu.accounts.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;

/** One's own address for reminders by e-mail (提醒邮箱): any signed-in staff member, for their own account only. */
@Controller
@RequestMapping("/admin/account/email")
class ReminderEmailController {

    private final StaffAdministration staff;
    private final UnitScope scope;

    ReminderEmailController(StaffAdministration staff, UnitScope scope) {
        this.staff = staff;
        this.scope = scope;
    }

    @GetMapping
    String form(Model model) {
        String current = staff.account(scope.staff().accountId()).map(StaffAccount::email).orElse(null);
        return page(model, current == null ? "" : current, null);
    }

    @PostMapping
    String set(@RequestParam(defaultValue = "") String email, @ModelAttribute(name = "ui", binding = false) Ui ui,
               Model model, RedirectAttributes redirect) {
        try {
            staff.setOwnEmail(scope.staff().accountId(), email);
        } catch (RuleViolation e) {
            return page(model, email, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t(email.isBlank() ? "account.email.removed" : "account.email.saved"));
        return "redirect:/admin/account/email";
    }

    private String page(Model model, String email, FormError error) {
        model.addAttribute("email", email);
        model.addAttribute("formError", error);
        return "admin/accounts/email";
    }
}
