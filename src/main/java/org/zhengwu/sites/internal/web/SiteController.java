package org.zhengwu.sites.internal.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

/**
 * Sites and units. Administrators list and open sites and edit any of them; an editor sees and edits only the site
 * of their own unit, and not its host name or its place in the group.
 */
@Controller
@RequestMapping("/admin/sites")
class SiteController {

    private final SiteDirectory directory;
    private final SiteAdministration administration;
    private final UnitScope scope;

    SiteController(SiteDirectory directory, SiteAdministration administration, UnitScope scope) {
        this.directory = directory;
        this.administration = administration;
        this.scope = scope;
    }

    @GetMapping
    String list(Model model) {
        if (!scope.isAdministrator()) {
            Long unitId = scope.staff().unitId();
            Optional<Site> own = unitId == null ? Optional.empty() : directory.siteOfUnit(unitId);
            if (own.isPresent()) {
                return "redirect:/admin/sites/" + own.get().id();
            }
        }
        List<SiteRow> rows = scope.isAdministrator()
                ? directory.sites().stream()
                        .map(s -> new SiteRow(s, directory.unit(s.unitId()).orElse(null), directory.columns(s.id()).size()))
                        .toList()
                : List.of();
        model.addAttribute("rows", rows);
        model.addAttribute("administrator", scope.isAdministrator());
        return "admin/sites/list";
    }

    @GetMapping("/new")
    String newSite(Model model) {
        scope.requireAdministrator();
        return newPage(model, SiteForm.empty(), null);
    }

    @PostMapping
    String open(@ModelAttribute("form") SiteForm form, @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                RedirectAttributes redirect) {
        scope.requireAdministrator();
        Site site;
        try {
            site = administration.openSite(form.toNewSite());
        } catch (RuleViolation e) {
            return newPage(model, form, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("site.opened", site.name()));
        return "redirect:/admin/sites/" + site.id();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Site site = require(id);
        return editPage(model, site, SiteForm.of(site, directory.unit(site.unitId()).orElse(null)), null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") SiteForm form,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        Site site = require(id);
        try {
            administration.updateSite(id, scope.isAdministrator() ? form.toDetails() : form.toDetailsKeeping(site));
        } catch (RuleViolation e) {
            return editPage(model, site, form, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("site.saved"));
        return "redirect:/admin/sites/" + id;
    }

    /** The site, if the caller may act on it: 404 when it does not exist, 403 when it is another unit's. */
    private Site require(long id) {
        Site site = directory.site(id).orElseThrow(() -> new NotFound("site.not-found", id));
        scope.requireSite(site.unitId());
        return site;
    }

    private String newPage(Model model, SiteForm form, FormError error) {
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("unitKinds", List.of(UnitKind.values()));
        return "admin/sites/new";
    }

    private String editPage(Model model, Site site, SiteForm form, FormError error) {
        model.addAttribute("site", site);
        model.addAttribute("unit", directory.unit(site.unitId()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("columns", ColumnController.rows(directory, site.id()));
        model.addAttribute("administrator", scope.isAdministrator());
        return "admin/sites/edit";
    }
}
