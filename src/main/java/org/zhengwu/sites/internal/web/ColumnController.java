package org.zhengwu.sites.internal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;

/** Creating and editing a site's columns; the site's unit decides who may. */
@Controller
class ColumnController {

    private final SiteDirectory directory;
    private final SiteAdministration administration;
    private final UnitScope scope;

    ColumnController(SiteDirectory directory, SiteAdministration administration, UnitScope scope) {
        this.directory = directory;
        this.administration = administration;
        this.scope = scope;
    }

    @GetMapping("/admin/sites/{siteId}/columns/new")
    String newColumn(@PathVariable long siteId, @RequestParam(required = false) Long parent, Model model) {
        Site site = requireSite(siteId);
        return page(model, site, null, ColumnForm.empty(parent), null);
    }

    @PostMapping("/admin/sites/{siteId}/columns")
    String create(@PathVariable long siteId, @ModelAttribute("form") ColumnForm form,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        Site site = requireSite(siteId);
        Column column;
        try {
            column = administration.addColumn(site.id(), form.toDetails());
        } catch (RuleViolation e) {
            return page(model, site, null, form, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("column.created", column.name()));
        return "redirect:/admin/sites/" + site.id() + "#columns";
    }

    @GetMapping("/admin/columns/{id}")
    String edit(@PathVariable long id, Model model) {
        Column column = requireColumn(id);
        return page(model, directory.site(column.siteId()).orElseThrow(), column, ColumnForm.of(column), null);
    }

    @PostMapping("/admin/columns/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ColumnForm form,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        Column column = requireColumn(id);
        Site site = directory.site(column.siteId()).orElseThrow();
        try {
            administration.updateColumn(id, form.toDetails());
        } catch (RuleViolation e) {
            return page(model, site, column, form, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("column.saved", form.name()));
        return "redirect:/admin/sites/" + site.id() + "#columns";
    }

    private Site requireSite(long siteId) {
        Site site = directory.site(siteId).orElseThrow(() -> new NotFound("site.not-found", siteId));
        scope.requireSite(site.unitId());
        return site;
    }

    private Column requireColumn(long id) {
        Column column = directory.column(id).orElseThrow(() -> new NotFound("column.not-found", id));
        requireSite(column.siteId());
        return column;
    }

    private String page(Model model, Site site, Column column, ColumnForm form, FormError error) {
        model.addAttribute("site", site);
        model.addAttribute("column", column);
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("parents", rows(directory, site.id()).stream()
                .filter(r -> column == null || r.column().id() != column.id()).toList());
        model.addAttribute("kinds", List.of(ColumnKind.values()));
        return "admin/sites/column";
    }

    static List<ColumnRow> rows(SiteDirectory directory, long siteId) {
        return directory.columns(siteId).stream().map(c -> new ColumnRow(c, directory.path(c.id()).size() - 1)).toList();
    }
}
