package org.zhengwu.accounts.internal.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.accounts.IssuedPassword;
import org.zhengwu.accounts.NewStaff;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * Staff accounts, for the system administrator only: list, create (a unit role, or no role for the security
 * administrator to assign), move to another unit, reset password, disable, enable.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

    private final StaffAdministration staff;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final Clock clock;

    StaffController(StaffAdministration staff, SiteDirectory sites, UnitScope scope, Clock clock) {
        this.staff = staff;
        this.sites = sites;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        scope.requireAdministrator();
        return page(model, StaffForm.empty(), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") StaffForm form, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        scope.requireAdministrator();
        IssuedPassword issued;
        try {
            issued = staff.create(new NewStaff(form.username(), form.displayName(), role(form.role()), unitId(form.unitId())));
        } catch (RuleViolation e) {
            return page(model, form, FormError.of(e));
        }
        // only an account without a role waits for the security administrator before it can sign in
        redirect.addFlashAttribute("notice", ui.t(issued.account().role() == null ? "staff.created.no-role" : "staff.created",
                issued.account().username(), issued.temporaryPassword()));
        return "redirect:/admin/staff";
    }

    /**
     * Resets a password only once confirmed: the list's button leads to a page that names the account and says what
     * the reset does (a new one-time password, the old one and the second factor gone), with the button that does it.
     */
    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable long id, @RequestParam(required = false) String confirmed,
                 @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        scope.requireAdministrator();
        StaffAccount account = require(id);
        if (!"yes".equals(confirmed)) {
            model.addAttribute("account", account);
            return "admin/accounts/resetConfirm";
        }
        try {
            IssuedPassword issued = staff.resetPassword(account.id());
            redirect.addFlashAttribute("notice", ui.t("staff.reset.done", account.username(), issued.temporaryPassword()));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/staff";
    }

    /** A page of its own: the list would otherwise repeat every unit for every account. */
    @GetMapping("/{id}/unit")
    String unitForm(@PathVariable long id, Model model) {
        scope.requireAdministrator();
        return unitPage(model, require(id), null);
    }

    @PostMapping("/{id}/unit")
    String unit(@PathVariable long id, @RequestParam(defaultValue = "") String unitId,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        scope.requireAdministrator();
        StaffAccount account = require(id);
        try {
            staff.setUnit(account.id(), unitId(unitId));
        } catch (RuleViolation e) {
            return unitPage(model, account, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("staff.unit.changed", account.username()));
        return "redirect:/admin/staff";
    }

    private String unitPage(Model model, StaffAccount account, FormError error) {
        model.addAttribute("account", account);
        model.addAttribute("units", sites.units());
        model.addAttribute("formError", error);
        return "admin/accounts/unit";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        scope.requireAdministrator();
        StaffAccount account = require(id);
        try {
            staff.disable(account.id(), scope.staff().accountId());
            redirect.addFlashAttribute("notice", ui.t("staff.disabled.done", account.username()));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/staff";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        scope.requireAdministrator();
        StaffAccount account = require(id);
        try {
            staff.enable(account.id());
            redirect.addFlashAttribute("notice", ui.t("staff.enabled.done", account.username()));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/staff";
    }

    private StaffAccount require(long id) {
        return staff.account(id).orElseThrow(() -> new NotFound("staff.not-found", id));
    }

    private String page(Model model, StaffForm form, FormError error) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long me = scope.staff().accountId();
        List<StaffRow> rows = staff.accounts().stream()
                .map(a -> new StaffRow(a, a.unitId() == null ? null : sites.unit(a.unitId()).map(Unit::name).orElse("#" + a.unitId()),
                        a.lockedAt(now), a.id() == me))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("units", sites.units());
        model.addAttribute("unitRoles", Arrays.stream(StaffRole.values()).filter(StaffRole::unitBound).toList());
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        return "admin/accounts/staff";
    }

    /** Blank is "no role yet" (the security administrator assigns a group role); an unknown name is refused. */
    private static StaffRole role(String text) {
        try {
            return text == null || text.isBlank() ? null : StaffRole.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("staff.role.required");
        }
    }

    private static Long unitId(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation("staff.unit.not-found");
        }
    }
}
