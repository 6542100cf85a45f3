package org.zhengwu.operations.internal.apikeys;

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
import org.zhengwu.sites.SiteDirectory;

/**
 * 系统 › 内容接口密钥 ({@code /admin/api-keys}), for the system administrator: the keys with their unit, a form to
 * issue one (shown once, on the page right after), and revocation.
 */
@Controller
@RequestMapping("/admin/api-keys")
class ContentKeyController {

    /** The flash attribute that carries a new key to the one page that shows it. */
    static final String ISSUED = "issuedKey";

    private final ContentKeys keys;
    private final SiteDirectory sites;

    ContentKeyController(ContentKeys keys, SiteDirectory sites) {
        this.keys = keys;
        this.sites = sites;
    }

    @GetMapping
    String list(Model model) {
        return page(model, "", "", null);
    }

    @PostMapping
    String issue(@RequestParam(required = false) String unit, @RequestParam(required = false) String name, Model model,
                 RedirectAttributes redirect) {
        try {
            ContentKeys.Issued issued = keys.issue(unit, name);
            redirect.addFlashAttribute(ISSUED, new IssuedKey(issued.key().name(), unitName(issued.key().unitId()),
                    issued.secret()));
            return "redirect:/admin/api-keys";
        } catch (RuleViolation e) {
            return page(model, unit, name, FormError.of(e));
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  RedirectAttributes redirect) {
        return FlashOutcome.redirect("/admin/api-keys", ui, redirect,
                () -> ui.t("operations.key.revoked", keys.revoke(id).name()));
    }

    private String page(Model model, String unit, String name, FormError error) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("units", sites.units().stream().filter(u -> sites.siteOfUnit(u.id()).isPresent()).toList());
        model.addAttribute("unitNames", (java.util.function.LongFunction<String>) this::unitName);
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("formError", error);
        if (!model.containsAttribute(ISSUED)) {
            model.addAttribute(ISSUED, null);
        }
        return "admin/operations/apiKeys";
    }

    private String unitName(long unitId) {
        return sites.unit(unitId).map(u -> u.name()).orElse("#" + unitId);
    }
}
