package org.zhengwu.services.internal.web;

import jakarta.servlet.http.HttpServletRequest;
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
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.services.internal.application.ApplicationForms;
import org.zhengwu.services.internal.application.FieldType;
import org.zhengwu.services.internal.application.FormField;

/**
 * An item's application form in the console ({@code /admin/services/ID/form}): the fixed applicant fields and the
 * material slots shown, the unit's own fields edited as rows. Reading is for whoever may see the unit's items;
 * saving is {@link ApplicationForms}' check (the administrator, the unit's editors). A refused form comes back as
 * typed, with the reason.
 */
@Controller
@RequestMapping("/admin/services/{id}/form")
class FormEditorController {

    private final ApplicationForms forms;
    private final ServiceItems items;
    private final UnitScope scope;

    FormEditorController(ApplicationForms forms, ServiceItems items, UnitScope scope) {
        this.forms = forms;
        this.items = items;
        this.scope = scope;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        ServiceItem item = require(id);
        scope.requireView(item.unitId());
        return page(model, item, FormRows.of(forms.form(item).own()), null);
    }

    @PostMapping
    String save(@PathVariable long id, HttpServletRequest request,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        ServiceItem item = require(id);
        FormRows rows = FormRows.from(request);
        try {
            forms.save(id, rows.fields());
        } catch (RuleViolation e) {
            scope.requireView(item.unitId());
            return page(model, item, rows, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("service.form.saved"));
        return "redirect:/admin/services/" + id + "/form";
    }

    /** 上移 / 下移 of a saved field ({@code move} "up:KEY" or "down:KEY"), saved at once; works without JavaScript. */
    @PostMapping("/move")
    String move(@PathVariable long id, @RequestParam(required = false) String move,
                @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        require(id);
        String m = move == null ? "" : move;
        try {
            forms.move(id, m.replaceFirst("^(up|down):", ""), m.startsWith("up:"));
            redirect.addFlashAttribute("notice", ui.t("service.form.moved"));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/services/" + id + "/form";
    }

    private String page(Model model, ServiceItem item, FormRows rows, FormError error) {
        model.addAttribute("form", forms.form(item));
        model.addAttribute("rows", rows);
        model.addAttribute("saved", forms.form(item).own().stream().map(FormField::key).toList());
        model.addAttribute("types", FieldType.values());
        model.addAttribute("mayEdit", forms.mayEdit(item));
        model.addAttribute("formError", error);
        return "admin/services/applicationForm";
    }

    private ServiceItem require(long id) {
        return items.byId(id).orElseThrow(() -> new NotFound("service.item.not-found", id));
    }
}
