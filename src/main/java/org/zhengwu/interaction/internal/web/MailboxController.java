package org.zhengwu.interaction.internal.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;

/** The hall's mailboxes, for the system administrator (系统管理员): list, add, change, disable and enable again. */
@Controller
@RequestMapping("/admin/mailboxes")
class MailboxController {

    private final Mailboxes mailboxes;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final AuditTrail audit;

    MailboxController(Mailboxes mailboxes, SiteDirectory sites, UnitScope scope, AuditTrail audit) {
        this.mailboxes = mailboxes;
        this.sites = sites;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        requireAdministrator(null);
        return listPage(model, MailboxForm.empty(), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") MailboxForm form, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        requireAdministrator("create");
        try {
            Mailbox m = mailboxes.create(form.details());
            redirect.addFlashAttribute("notice", ui.t("interaction.mailbox.created", m.name()));
            return "redirect:/admin/mailboxes";
        } catch (RuleViolation e) {
            return listPage(model, form, FormError.of(e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        requireAdministrator(null);
        Mailbox m = require(id);
        return editPage(model, m, MailboxForm.of(m), null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MailboxForm form,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        requireAdministrator("update");
        Mailbox m = require(id);
        try {
            mailboxes.update(id, form.details());
            redirect.addFlashAttribute("notice", ui.t("interaction.mailbox.updated", m.name()));
            return "redirect:/admin/mailboxes";
        } catch (RuleViolation e) {
            return editPage(model, m, form, FormError.of(e));
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                   RedirectAttributes redirect) {
        return enabled(id, false, ui, redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  RedirectAttributes redirect) {
        return enabled(id, true, ui, redirect);
    }

    private String enabled(long id, boolean on, Ui ui, RedirectAttributes redirect) {
        requireAdministrator(on ? "enable" : "disable");
        Mailbox m = mailboxes.setEnabled(require(id).id(), on);
        redirect.addFlashAttribute("notice", ui.t(on ? "interaction.mailbox.enabled" : "interaction.mailbox.disabled",
                m.name()));
        return "redirect:/admin/mailboxes";
    }

    private Mailbox require(long id) {
        return mailboxes.byId(id).orElseThrow(() -> new NotFound("interaction.mailbox.not-found", id));
    }

    private String listPage(Model model, MailboxForm form, FormError error) {
        model.addAttribute("mailboxes", mailboxes.all());
        common(model, form, error);
        return "admin/interaction/mailboxes";
    }

    private String editPage(Model model, Mailbox m, MailboxForm form, FormError error) {
        model.addAttribute("mailbox", m);
        common(model, form, error);
        return "admin/interaction/mailbox";
    }

    private void common(Model model, MailboxForm form, FormError error) {
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("kinds", MailboxKind.values());
        model.addAttribute("units", sites.units());
    }

    /** Only the administrator; a refused change is recorded before the 403. */
    private void requireAdministrator(String action) {
        StaffPrincipal p = scope.staff();
        if (p.role() != StaffRole.ADMINISTRATOR) {
            if (action != null) {
                audit.recordRefusal(AuditEvent.of("interaction.mailbox." + action, "mailbox", null, p.unitId(),
                        "role " + p.role() + " may not change mailboxes"));
            }
            throw new AccessDeniedException("administrators only");
        }
    }
}
