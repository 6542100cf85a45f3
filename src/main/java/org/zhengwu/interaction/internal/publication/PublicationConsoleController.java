package org.zhengwu.interaction.internal.publication;

import java.util.Map;
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
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.platform.web.Ui;

/**
 * The publication step in the console: the leader's list of answered letters waiting for the decision
 * ({@code /admin/letters/publication}) and the page of one letter ({@code /admin/letters/{number}/publication}) with
 * the original and the redacted texts side by side and the two decisions. A refused decision comes back with its
 * reason and what was typed; the service checks role and unit again (403, audited).
 */
@Controller
@RequestMapping("/admin/letters")
class PublicationConsoleController {

    private final LetterPublication publication;

    PublicationConsoleController(LetterPublication publication) {
        this.publication = publication;
    }

    @GetMapping("/publication")
    String waiting(Model model) {
        model.addAttribute("letters", publication.waiting());
        return "admin/interaction/publications";
    }

    @GetMapping("/{number}/publication")
    String show(@PathVariable String number, @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                RedirectAttributes redirect) {
        try {
            return page(model, number, null, null, Map.of());
        } catch (RuleViolation e) {
            return refused(e, number, ui, redirect);
        }
    }

    @PostMapping("/{number}/publication/publish")
    String publish(@PathVariable String number, @RequestParam(required = false) String subject,
                   @RequestParam(required = false) String body, @RequestParam(required = false) String answer,
                   @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        try {
            publication.publish(number, subject, body, answer);
        } catch (RuleViolation e) {
            return again(e, number, ui, redirect, () -> page(model, number, "publish", FormError.of(e),
                    Map.of("subject", text(subject), "body", text(body), "answer", text(answer))));
        }
        redirect.addFlashAttribute("notice", ui.t("interaction.publication.published", number));
        return "redirect:/admin/letters/" + number + "/publication";
    }

    @PostMapping("/{number}/publication/withhold")
    String withhold(@PathVariable String number, @RequestParam(required = false) String reason,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect) {
        try {
            publication.withhold(number, reason);
        } catch (RuleViolation e) {
            return again(e, number, ui, redirect,
                    () -> page(model, number, "withhold", FormError.of(e), Map.of("reason", text(reason))));
        }
        redirect.addFlashAttribute("notice", ui.t("interaction.publication.withheld", number));
        return "redirect:/admin/letters/" + number + "/publication";
    }

    /** A refused decision: the page again with the reason, or, when the letter cannot be published at all, its page. */
    private String again(RuleViolation e, String number, Ui ui, RedirectAttributes redirect,
                         java.util.function.Supplier<String> page) {
        if (e instanceof NotFound) {
            throw e;
        }
        try {
            return page.get();
        } catch (RuleViolation notPublishable) {
            return refused(notPublishable, number, ui, redirect);
        }
    }

    /** Back to the letter's own page with the reason it cannot be published (private, not answered). */
    private static String refused(RuleViolation e, String number, Ui ui, RedirectAttributes redirect) {
        if (e instanceof NotFound) {
            throw e;
        }
        redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        return "redirect:/admin/letters/" + number;
    }

    private String page(Model model, String number, String failed, FormError error, Map<String, String> typed) {
        model.addAttribute("p", publication.proposal(number));
        model.addAttribute("failed", failed);
        model.addAttribute("error", error);
        model.addAttribute("typed", typed);
        return "admin/interaction/publication";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
