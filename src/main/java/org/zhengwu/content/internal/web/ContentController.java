package org.zhengwu.content.internal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.zhengwu.content.ContentCategory;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.content.EditorialWorkflow;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentStatus;
import org.zhengwu.content.ContentSummary;
import org.zhengwu.content.PolicyMetadata;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * The content list and the editing form, with the editor's requests to the editorial workflow (submit for review,
 * request withdrawal); editors do not publish directly. Everything is scoped by {@link ContentAccess}: an editor sees
 * and touches only the items of their own unit's site.
 */
@Controller
class ContentController {

    static final int PAGE_SIZE = 20;

    private final ContentAccess access;
    private final ContentQueries queries;
    private final ContentEditing editing;
    private final SiteDirectory sites;
    private final ObjectProvider<EditorialWorkflow> workflow;

    ContentController(ContentAccess access, ContentQueries queries, ContentEditing editing, SiteDirectory sites,
                      ObjectProvider<EditorialWorkflow> workflow) {
        this.access = access;
        this.queries = queries;
        this.editing = editing;
        this.sites = sites;
        this.workflow = workflow;
    }

    @GetMapping("/admin/content")
    String list(@RequestParam(required = false) Long site, @RequestParam(required = false) Long column,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        // a read-only list: the unit's reviewers and the supervisor see it too
        Column chosenColumn = column == null ? null : access.viewColumn(column);
        Site chosenSite = chosenColumn != null ? access.viewSite(chosenColumn.siteId()) : site == null ? null : access.viewSite(site);
        List<Site> visible = access.viewableSites();
        if (chosenSite == null && visible.size() == 1) {
            chosenSite = visible.get(0);
        }
        Collection<Long> siteIds = chosenSite != null ? List.of(chosenSite.id()) : access.viewableSiteIds();
        String title = q == null || q.isBlank() ? null : q.trim();
        int total = queries.countForEditors(siteIds, column, title);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<ContentSummary> items = queries.forEditors(siteIds, column, title, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<Long, ContentStatus> statuses = queries.statuses(items.stream().map(ContentSummary::id).toList());
        List<ContentRow> rows = items.stream().map(i -> new ContentRow(i, statuses.get(i.id()),
                sites.site(i.siteId()).map(Site::name).orElse(""),
                sites.column(i.columnId()).map(Column::name).orElse(""))).toList();

        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/content");
        if (chosenSite != null) {
            base.queryParam("site", chosenSite.id());
        }
        if (column != null) {
            base.queryParam("column", column);
        }
        if (title != null) {
            base.queryParam("q", title);
        }
        model.addAttribute("sites", visible);
        model.addAttribute("site", chosenSite);
        model.addAttribute("columns", chosenSite == null ? List.of() : columnChoices(chosenSite, false));
        model.addAttribute("columnId", column);
        model.addAttribute("q", title == null ? "" : title);
        model.addAttribute("rows", rows);
        model.addAttribute("pager", new Pager(current, pages, total,
                current > 1 ? base.cloneBuilder().queryParam("page", current - 1).encode().toUriString() : null,
                current < pages ? base.cloneBuilder().queryParam("page", current + 1).encode().toUriString() : null));
        return "admin/content/list";
    }

    @GetMapping("/admin/content/new")
    String newItem(@RequestParam(required = false) Long site, @RequestParam(required = false) Long column, Model model) {
        Site chosen = column != null ? access.site(access.column(column).siteId()) : site == null ? null : access.site(site);
        if (chosen == null) {
            List<Site> visible = access.visibleSites();
            if (visible.size() != 1) {
                model.addAttribute("sites", visible);
                return "admin/content/chooseSite";
            }
            chosen = visible.get(0);
        }
        return form(model, chosen, null, ContentForm.empty(column), null);
    }

    @PostMapping("/admin/content")
    String create(@RequestParam long site, @ModelAttribute("form") ContentForm form,
                  @RequestParam(required = false) String then, @RequestParam(required = false) String urgent,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        Site chosen = access.site(site);
        Long columnId = form.column();
        if (columnId == null) {
            return form(model, chosen, null, form, FormError.of("content.column.required"));
        }
        Column column = access.column(columnId);
        long id;
        try {
            access.requireLinkable(form.interprets());
            id = editing.createDraft(form.toDraft(column.id()));
        } catch (RuleViolation e) {
            return form(model, chosen, null, form, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("content.saved"));
        if ("submit".equals(then)) {
            submit(id, urgent != null, ui, redirect);
        }
        return "redirect:/admin/content/" + id;
    }

    @GetMapping("/admin/content/{id}")
    String edit(@PathVariable long id, Model model) {
        access.viewItem(id);
        ContentItem item = queries.latestVersion(id).orElseThrow();
        return form(model, sites.site(item.siteId()).orElseThrow(), item, ContentForm.of(item), null);
    }

    @PostMapping("/admin/content/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ContentForm form,
                  @RequestParam(required = false) String then, @RequestParam(required = false) String urgent,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        access.item(id);
        ContentItem item = queries.latestVersion(id).orElseThrow();
        Site site = sites.site(item.siteId()).orElseThrow();
        Long columnId = form.column();
        if (columnId == null) {
            return form(model, site, item, form, FormError.of("content.column.required"));
        }
        Column column = access.column(columnId);
        try {
            access.requireLinkable(form.interprets());
            editing.update(id, form.toDraft(column.id()));
        } catch (RuleViolation e) {
            return form(model, site, item, form, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("content.saved"));
        if ("submit".equals(then)) {
            submit(id, urgent != null, ui, redirect);
        }
        return "redirect:/admin/content/" + id;
    }

    /** 撤稿: asks the review chain to take the published item offline. */
    @PostMapping("/admin/content/{id}/withdrawal")
    String requestWithdrawal(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                             @RequestParam(required = false) String urgent,
                             @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        access.item(id);
        try {
            requireWorkflow().requestWithdrawal(id, reason, urgent != null);
            redirect.addFlashAttribute("notice", ui.t("content.withdrawal.requested"));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/content/" + id;
    }

    /** Submits the version just saved; a refusal leaves it saved and says why it was not submitted. */
    private void submit(long id, boolean urgent, Ui ui, RedirectAttributes redirect) {
        try {
            int version = queries.item(id).orElseThrow().latestVersion();
            requireWorkflow().submit(id, version, urgent);
            redirect.addFlashAttribute("notice", ui.t("content.submitted"));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t("content.submit.refused", ui.t(e.key(), e.args())));
        }
    }

    private EditorialWorkflow requireWorkflow() {
        EditorialWorkflow w = workflow.getIfAvailable();
        if (w == null) {
            throw new RuleViolation("content.workflow.unavailable");
        }
        return w;
    }

    private String form(Model model, Site site, ContentItem item, ContentForm form, FormError error) {
        List<ColumnChoice> columns = columnChoices(site, true);
        model.addAttribute("site", site);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("columns", columns);
        model.addAttribute("policies", policies(site, columns, item));
        model.addAttribute("validities", List.of(PolicyMetadata.Validity.values()));
        model.addAttribute("attachments", item == null ? List.of() : item.attachments());
        model.addAttribute("categories", List.of(ContentCategory.values()));
        EditorialWorkflow w = workflow.getIfAvailable();
        model.addAttribute("workflow", item == null || w == null ? null : w.panel(item));
        // reviewers and supervisors read the item here; only those who may change it get the inputs and buttons
        model.addAttribute("readOnly", !access.mayChange(site));
        return "admin/content/form";
    }

    /** The site's columns as a tree; for the form only those that can hold items. */
    private List<ColumnChoice> columnChoices(Site site, boolean onlyHoldingItems) {
        return sites.columns(site.id()).stream()
                .filter(c -> !onlyHoldingItems || c.kind() != ColumnKind.LINK)
                .map(c -> new ColumnChoice(c.id(), "\u3000".repeat(sites.path(c.id()).size() - 1) + c.name(), c.kind()))
                .toList();
    }

    /** Policy documents an interpretation of this site may explain: the site's own, newest first, and the current one. */
    private List<ContentSummary> policies(Site site, List<ColumnChoice> columns, ContentItem item) {
        List<ContentSummary> out = new ArrayList<>();
        if (columns.stream().noneMatch(c -> c.kind() == ColumnKind.INTERPRETATION)) {
            return out;
        }
        for (ColumnChoice c : columns) {
            if (c.kind() == ColumnKind.POLICY) {
                out.addAll(queries.forEditors(List.of(site.id()), c.id(), null, 0, 200));
            }
        }
        if (item != null && item.interpretsId() != null && out.stream().noneMatch(s -> s.id() == item.interpretsId())) {
            out.addAll(queries.summaries(List.of(item.interpretsId())));
        }
        return out;
    }
}
