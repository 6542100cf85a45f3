package org.zhengwu.platform.web;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;

/**
 * A console action told on the page it returns to (post, redirect, get): the notice the action returns, or the reason
 * it was refused as an error; a {@link NotFound} stays the console's 404 page.
 */
public final class FlashOutcome {

    private FlashOutcome() {
    }

    /** Runs the action and returns the redirect to {@code back}, with its notice or its refusal as a flash message. */
    public static String redirect(String back, Ui ui, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (NotFound e) {
            throw e;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        }
        return "redirect:" + back;
    }
}
