package org.zhengwu.review.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.content.ContentItem;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.Ui;

/**
 * {@code /admin/review}: each reviewer's queue, the items returned to editors, and one item's review page (the
 * version under review, its diff against the last approved version, the levels, the history) with the reviewer's
 * decisions. Reviewers read other units' items here and decide; they never get the editing form.
 */
@Controller
class ReviewController {

    private final ReviewPages pages;
    private final ReviewCommands commands;

    private final ChecksGate checks;

    ReviewController(ReviewPages pages, ReviewCommands commands, ChecksGate checks) {
        this.checks = checks;
        this.pages = pages;
        this.commands = commands;
    }

    @GetMapping("/admin/review")
    String queue(Model model) {
        model.addAttribute("queue", pages.queue());
        return "admin/review/queue";
    }

    @GetMapping("/admin/review/items/{id}")
    String item(@PathVariable long id, Model model) {
        ContentItem item = pages.requireView(id);
        ReviewViews.ItemPage page = pages.item(item);
        model.addAttribute("page", page);
        model.addAttribute("itemId", id);
        model.addAttribute("checks", checks.report(page.reviewed()));
        return "admin/review/item";
    }

    @PostMapping("/admin/review/items/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "0") int version,
                   @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return decide(id, () -> commands.approve(id, version), "review.approved", ui, redirect);
    }

    @PostMapping("/admin/review/items/{id}/return")
    String returnToEditor(@PathVariable long id, @RequestParam(defaultValue = "0") int version,
                          @RequestParam(defaultValue = "") String reason,
                          @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return decide(id, () -> commands.returnToEditor(id, version, reason), "review.returned", ui, redirect);
    }

    @PostMapping("/admin/review/items/{id}/override")
    String override(@PathVariable long id, @RequestParam(defaultValue = "0") int version,
                    @RequestParam(defaultValue = "") String reason,
                    @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        return decide(id, () -> commands.override(id, version, reason), "review.overridden", ui, redirect);
    }

    /** Runs a decision; a refusal comes back to the item's page as its reason (a 403 stays a 403). */
    private String decide(long id, Runnable decision, String done, Ui ui, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", ui.t(done));
        } catch (RuleViolation e) {
            if (e instanceof org.zhengwu.platform.web.NotFound) {
                throw e;
            }
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:/admin/review/items/" + id;
    }
}
