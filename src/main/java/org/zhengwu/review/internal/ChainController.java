package org.zhengwu.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.sites.UnitKind;

/**
 * {@code /admin/review/chains}: the site-group administrator sets the review chain of a site or of a column (the
 * column's overrides the site's; without either the standard three levels apply).
 */
@Controller
class ChainController {

    private final ReviewChains chains;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final MessageSource messages;

    ChainController(ReviewChains chains, SiteDirectory sites, UnitScope scope, MessageSource messages) {
        this.chains = chains;
        this.sites = sites;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/admin/review/chains")
    String list(Model model) {
        scope.requireAdministrator();
        List<ReviewViews.SiteChains> out = new ArrayList<>();
        var configured = chains.configured();
        for (Site s : sites.sites()) {
            ReviewChains.Effective e = chains.effective(s.id(), 0);
            List<ReviewViews.ColumnChain> columns = configured.stream().filter(c -> c.siteId() == s.id() && c.columnId() != 0)
                    .flatMap(c -> sites.column(c.columnId()).stream().map(col -> new ReviewViews.ColumnChain(col, view(c.chain()))))
                    .toList();
            out.add(new ReviewViews.SiteChains(s, view(e.chain()), e.source(), columns));
        }
        model.addAttribute("sites", out);
        model.addAttribute("offices", chains.offices().stream().map(o -> o.orElse(null)).toList());
        return "admin/review/chains";
    }

    /** Adds the Party general office or the secrecy office, which the standard chain needs, as a unit without a site. */
    @PostMapping("/admin/review/offices")
    String addOffice(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "") String kind, @ModelAttribute(name = "ui", binding = false) Ui ui,
                     RedirectAttributes redirect) {
        scope.requireAdministrator();
        try {
            UnitKind k = "SECRECY_OFFICE".equals(kind) ? UnitKind.SECRECY_OFFICE
                    : "PARTY_OFFICE".equals(kind) ? UnitKind.PARTY_OFFICE : null;
            Unit unit = chains.addOffice(code, name, k);
            redirect.addFlashAttribute("notice", ui.t("review.office.added", unit.name()));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/review/chains";
    }

    @GetMapping("/admin/review/chains/edit")
    String edit(@RequestParam long site, @RequestParam(defaultValue = "0") long column, Model model) {
        scope.requireAdministrator();
        ReviewChains.Effective e = chains.effective(site, column);
        return form(model, site, column, ChainForm.of(e.chain()), e.source(), null);
    }

    @PostMapping("/admin/review/chains/edit")
    String save(@RequestParam long site, @RequestParam(defaultValue = "0") long column,
                @RequestParam Map<String, String> params, @ModelAttribute(name = "ui", binding = false) Ui ui,
                Model model, RedirectAttributes redirect) {
        scope.requireAdministrator();
        ChainForm form = ChainForm.from(params);
        try {
            chains.save(site, column, form.toChain());
        } catch (RuleViolation e) {
            if (e instanceof NotFound) {
                throw e;
            }
            return form(model, site, column, form, chains.effective(site, column).source(), FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("review.chain.saved"));
        return "redirect:/admin/review/chains";
    }

    @PostMapping("/admin/review/chains/remove")
    String remove(@RequestParam long site, @RequestParam(defaultValue = "0") long column,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        scope.requireAdministrator();
        try {
            chains.remove(site, column);
            redirect.addFlashAttribute("notice", ui.t("review.chain.removed"));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/review/chains";
    }

    private String form(Model model, long siteId, long columnId, ChainForm form, ReviewViews.ChainSource source, FormError error) {
        Site site = sites.site(siteId).orElseThrow(() -> new NotFound("site.not-found", siteId));
        Column column = columnId == 0 ? null : sites.column(columnId).filter(c -> c.siteId() == siteId)
                .orElseThrow(() -> new NotFound("column.not-found", columnId));
        model.addAttribute("site", site);
        model.addAttribute("column", column);
        model.addAttribute("columns", sites.columns(siteId));
        model.addAttribute("form", form);
        model.addAttribute("source", source);
        model.addAttribute("roles", List.copyOf(ReviewChain.REVIEWING_ROLES));
        model.addAttribute("units", sites.units());
        model.addAttribute("formError", error);
        return "admin/review/chain";
    }

    private ReviewViews.ChainView view(ReviewChain chain) {
        List<String> levels = new ArrayList<>();
        for (ReviewChain.Level l : chain.levels()) {
            levels.add(describe(l));
        }
        return new ReviewViews.ChainView(levels, chain.forbidSelfReview());
    }

    private String describe(ReviewChain.Level l) {
        String role = messages.getMessage("staff.role." + l.role().name(), null, LocaleContextHolder.getLocale());
        String unit;
        if (l.unit() instanceof ReviewChain.ReviewerUnit.Fixed f) {
            unit = unitName(f.unitId());
        } else if (l.unit() instanceof ReviewChain.ReviewerUnit.ByCategory b) {
            unit = messages.getMessage("review.chain.by-category", new Object[] {unitName(b.partyUnitId()),
                    unitName(b.governmentUnitId())}, LocaleContextHolder.getLocale());
        } else {
            unit = messages.getMessage("review.chain.own-unit", null, LocaleContextHolder.getLocale());
        }
        String text = messages.getMessage("review.chain.level-text", new Object[] {role, unit}, LocaleContextHolder.getLocale());
        return l.urgentSkip() ? text + messages.getMessage("review.chain.skippable", null, LocaleContextHolder.getLocale()) : text;
    }

    private String unitName(Long id) {
        return id == null ? messages.getMessage("review.chain.no-unit", null, LocaleContextHolder.getLocale())
                : sites.unit(id).map(Unit::name).orElse("#" + id);
    }
}
