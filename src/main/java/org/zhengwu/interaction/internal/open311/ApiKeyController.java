package org.zhengwu.interaction.internal.open311;

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
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.FlashOutcome;
import org.zhengwu.platform.web.Ui;

/**
 * The Open311 API keys in the console ({@code /admin/open311/keys}), for the dispatcher and the system administrator:
 * the list, a form to issue a key (shown once, on the page right after), and revocation.
 */
@Controller
@RequestMapping("/admin/open311/keys")
class ApiKeyController {

    /** The flash attribute that carries a new key to the one page that shows it. */
    static final String ISSUED = "issuedKey";

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    String list(Model model) {
        return page(model, "", null);
    }

    @PostMapping
    String issue(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
        try {
            ApiKeys.Issued issued = keys.issue(name);
            redirect.addFlashAttribute(ISSUED, new IssuedKeyView(issued.key().name(), issued.secret()));
            return "redirect:/admin/open311/keys";
        } catch (RuleViolation e) {
            return page(model, name, FormError.of(e));
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  RedirectAttributes redirect) {
        return FlashOutcome.redirect("/admin/open311/keys", ui, redirect,
                () -> ui.t("open311.key.revoked", keys.revoke(id).name()));
    }

    private String page(Model model, String name, FormError error) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("formError", error);
        if (!model.containsAttribute(ISSUED)) {
            model.addAttribute(ISSUED, null);
        }
        return "admin/open311/keys";
    }
}
