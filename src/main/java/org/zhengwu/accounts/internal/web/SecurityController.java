package org.zhengwu.accounts.internal.web;

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
import org.zhengwu.accounts.RoleAssignment;
import org.zhengwu.accounts.SecurityPolicies;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/** The security administrator's pages: role assignment and the security policy. */
@Controller
@RequestMapping("/admin/security")
class SecurityController {

    private final StaffAdministration staff;
    private final RoleAssignment roles;
    private final SecurityPolicies policies;
    private final SiteDirectory sites;
    private final UnitScope scope;

    SecurityController(StaffAdministration staff, RoleAssignment roles, SecurityPolicies policies, SiteDirectory sites,
                       UnitScope scope) {
        this.staff = staff;
        this.roles = roles;
        this.policies = policies;
        this.sites = sites;
        this.scope = scope;
    }

    @GetMapping("/roles")
    String roles(Model model) {
        scope.requireRole(StaffRole.SECURITY_ADMINISTRATOR);
        return rolesPage(model, null, null);
    }

    @PostMapping("/roles/{id}")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String unitId, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        scope.requireRole(StaffRole.SECURITY_ADMINISTRATOR);
        StaffAccount account = staff.account(id).orElseThrow(() -> new NotFound("staff.not-found", id));
        StaffAccount changed;
        try {
            changed = roles.assign(account.id(), role.isBlank() ? null : parseRole(role), parseUnit(unitId));
        } catch (RuleViolation e) {
            return rolesPage(model, account.id(), FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("role.assigned", changed.username(),
                changed.role() == null ? ui.t("staff.role.none") : ui.t("staff.role." + changed.role().name())));
        return "redirect:/admin/security/roles";
    }

    @GetMapping("/policy")
    String policy(Model model) {
        scope.requireRole(StaffRole.SECURITY_ADMINISTRATOR);
        return policyPage(model, PolicyForm.of(policies.current()), null);
    }

    @PostMapping("/policy")
    String savePolicy(@ModelAttribute("form") PolicyForm form, @ModelAttribute(name = "ui", binding = false) Ui ui,
                      Model model, RedirectAttributes redirect) {
        scope.requireRole(StaffRole.SECURITY_ADMINISTRATOR);
        try {
            policies.update(form.toPolicy());
        } catch (RuleViolation e) {
            return policyPage(model, form, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("policy.saved"));
        return "redirect:/admin/security/policy";
    }

    private String rolesPage(Model model, Long errorAccountId, FormError error) {
        long me = scope.staff().accountId();
        List<Unit> units = sites.units();
        List<StaffRow> rows = staff.accounts().stream()
                .map(a -> new StaffRow(a, a.unitId() == null ? null
                        : units.stream().filter(u -> u.id() == a.unitId()).map(Unit::name).findFirst().orElse("#" + a.unitId()),
                        false, a.id() == me))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("units", units);
        model.addAttribute("roles", List.of(StaffRole.values()));
        model.addAttribute("errorAccountId", errorAccountId);
        model.addAttribute("formError", error);
        return "admin/accounts/roles";
    }

    private String policyPage(Model model, PolicyForm form, FormError error) {
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        return "admin/accounts/policy";
    }

    private static StaffRole parseRole(String text) {
        try {
            return StaffRole.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("staff.role.required");
        }
    }

    static Long parseUnit(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation("staff.unit.not-found");
        }
    }
}
