package org.zhengwu.services.internal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.services.IncompleteGuide;
import org.zhengwu.services.ItemState;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItemFilter;
import org.zhengwu.services.ServiceItemPage;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * 办事事项 in the console: the list of the items the person may see (filters above, pager below), the form of one
 * item with its completeness, 上线 and 下线. Who may change what is the service's check ({@link ServiceItems}); here
 * reading is limited to the units the person may view.
 */
@Controller
@RequestMapping("/admin/services")
class ServiceItemController {

    static final int PAGE_SIZE = 20;

    private final ServiceItems items;
    private final SiteDirectory sites;
    private final UnitScope scope;

    ServiceItemController(ServiceItems items, SiteDirectory sites, UnitScope scope) {
        this.items = items;
        this.sites = sites;
        this.scope = scope;
    }

    @GetMapping
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String state,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page, Model model) {
        List<Unit> units = viewableUnits();
        Long unitId = units.stream().filter(u -> String.valueOf(u.id()).equals(unit)).map(Unit::id).findFirst()
                .orElse(units.size() == 1 ? units.get(0).id() : null);
        ItemState s = ItemState.ONLINE.name().equals(state) ? ItemState.ONLINE
                : ItemState.OFFLINE.name().equals(state) ? ItemState.OFFLINE : null;
        int p = ServiceApi.positive(page, 1);
        ServiceItemPage found = units.isEmpty() ? new ServiceItemPage(List.of(), 1, PAGE_SIZE, 0)
                : unitId == null && scope.viewableUnitIds() != null
                ? new ServiceItemPage(List.of(), 1, PAGE_SIZE, 0)
                : items.find(new ServiceItemFilter(unitId, null, null, s, q, p, PAGE_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("units", units);
        model.addAttribute("unitId", unitId);
        model.addAttribute("state", s);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("mayWrite", scope.visibleUnitIds() == null || !scope.visibleUnitIds().isEmpty());
        return "admin/services/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        Set<Long> mine = scope.visibleUnitIds();
        if (mine != null && mine.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("not a writer of guides");
        }
        return form(model, null, ServiceItemForm.empty(mine == null || mine.size() != 1 ? null : mine.iterator().next()),
                null);
    }

    @PostMapping
    String save(@ModelAttribute("form") ServiceItemForm form, @ModelAttribute(name = "ui", binding = false) Ui ui,
                Model model, RedirectAttributes redirect) {
        try {
            ServiceItem item = items.create(form.guide());
            redirect.addFlashAttribute("notice", ui.t("service.item.created", item.name()));
            return "redirect:/admin/services/" + item.id();
        } catch (RuleViolation e) {
            return form(model, null, form, FormError.of(e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        ServiceItem item = require(id);
        scope.requireSite(item.unitId());
        return form(model, item, ServiceItemForm.of(item), null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ServiceItemForm form,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        ServiceItem item = require(id);
        try {
            ServiceItem saved = items.update(id, form.guide());
            redirect.addFlashAttribute("notice", ui.t("service.item.updated", saved.name()));
            return "redirect:/admin/services/" + id;
        } catch (RuleViolation e) {
            scope.requireSite(item.unitId());
            return form(model, item, form, FormError.of(e));
        }
    }

    /** The completeness of one item: for everyone who may see the unit's items, supervisors too. */
    @GetMapping("/{id}/completeness")
    String completeness(@PathVariable long id, Model model) {
        ServiceItem item = require(id);
        scope.requireView(item.unitId());
        model.addAttribute("item", item);
        model.addAttribute("unitName", unitName(item.unitId()));
        model.addAttribute("mayWrite", scope.mayAct(item.unitId()));
        return "admin/services/completeness";
    }

    @PostMapping("/{id}/online")
    String online(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  RedirectAttributes redirect) {
        ServiceItem item = require(id);
        try {
            items.putOnline(id);
            redirect.addFlashAttribute("notice", ui.t("service.item.online", item.name()));
        } catch (IncompleteGuide e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/services/" + id + "/completeness";
    }

    @PostMapping("/{id}/offline")
    String offline(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                   RedirectAttributes redirect) {
        ServiceItem item = require(id);
        items.takeOffline(id);
        redirect.addFlashAttribute("notice", ui.t("service.item.offline", item.name()));
        return "redirect:/admin/services/" + id + "/completeness";
    }

    private String form(Model model, ServiceItem item, ServiceItemForm form, FormError error) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        Set<Long> mine = scope.visibleUnitIds();
        model.addAttribute("units", sites.units().stream().filter(u -> mine == null || mine.contains(u.id()))
                .sorted(Comparator.comparing(Unit::code)).toList());
        return "admin/services/form";
    }

    private List<Unit> viewableUnits() {
        Set<Long> visible = scope.viewableUnitIds();
        return sites.units().stream().filter(u -> visible == null || visible.contains(u.id()))
                .sorted(Comparator.comparing(Unit::code)).toList();
    }

    private String unitName(long unitId) {
        return sites.unit(unitId).map(Unit::name).orElse("#" + unitId);
    }

    private ServiceItem require(long id) {
        return items.byId(id).orElseThrow(() -> new NotFound("service.item.not-found", id));
    }
}
