package org.zhengwu.accounts.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.accounts.internal.SecurityAlerts;
import org.zhengwu.platform.web.Ui;

/** The security administrator's alerts of accounts under attack (安全告警), and marking one as seen. */
@Controller
class AlertsController {

    private final SecurityAlerts alerts;

    AlertsController(SecurityAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/admin/security/alerts")
    String list(Model model) {
        model.addAttribute("alerts", alerts.latest());
        return "admin/accounts/alerts";
    }

    @PostMapping("/admin/security/alerts/{id}/seen")
    String seen(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        alerts.markSeen(id);
        redirect.addFlashAttribute("notice", ui.t("alerts.seen.done"));
        return "redirect:/admin/security/alerts";
    }
}
