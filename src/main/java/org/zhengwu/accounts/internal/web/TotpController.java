package org.zhengwu.accounts.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.accounts.SecurityPolicies;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.QrCodeSvg;
import org.zhengwu.accounts.internal.SecondFactors;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;

/** One's own second factor: enrol (secret as text and QR code, confirmed by a code), or turn it off. */
@Controller
@RequestMapping("/admin/account/totp")
class TotpController {

    private final SecondFactors factors;
    private final StaffAdministration staff;
    private final SecurityPolicies policies;
    private final UnitScope scope;

    TotpController(SecondFactors factors, StaffAdministration staff, SecurityPolicies policies, UnitScope scope) {
        this.factors = factors;
        this.staff = staff;
        this.policies = policies;
        this.scope = scope;
    }

    @GetMapping
    String page(@ModelAttribute(name = "ui", binding = false) Ui ui, Model model) {
        return page(ui, model, null);
    }

    @PostMapping
    String enable(@RequestParam(defaultValue = "") String code, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        try {
            factors.confirm(scope.staff().accountId(), code);
        } catch (RuleViolation e) {
            return page(ui, model, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("totp.enabled.done"));
        return "redirect:/admin/account/totp";
    }

    @PostMapping("/disable")
    String disable(@RequestParam(defaultValue = "") String password, @ModelAttribute(name = "ui", binding = false) Ui ui,
                   Model model, RedirectAttributes redirect) {
        try {
            factors.disable(scope.staff().accountId(), password);
        } catch (RuleViolation e) {
            return page(ui, model, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("totp.disabled.done"));
        return "redirect:/admin/account/totp";
    }

    private String page(Ui ui, Model model, FormError error) {
        long me = scope.staff().accountId();
        StaffAccount account = staff.account(me).orElseThrow();
        boolean required = account.oneOfTheThreeAdministrators() && policies.current().totpRequiredForAdministrators();
        model.addAttribute("enabled", account.totpEnabled());
        model.addAttribute("required", required);
        model.addAttribute("formError", error);
        if (account.totpEnabled()) {
            model.addAttribute("secret", null);
            model.addAttribute("qrSvg", null);
        } else {
            SecondFactors.Enrolment enrolment = factors.enrolment(me);
            model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
            model.addAttribute("qrSvg", QrCodeSvg.of(enrolment.uri(), ui.t("totp.qr.label")));
        }
        return "admin/accounts/totp";
    }
}
