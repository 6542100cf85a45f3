package org.zhengwu.accounts.internal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengwu.accounts.SignInHistory;
import org.zhengwu.accounts.SignInRecord;
import org.zhengwu.platform.security.UnitScope;

/** The login history: one's own last sign-ins, and everyone's for the security and audit administrators. */
@Controller
class SignInsController {

    static final int PAGE_SIZE = 50;

    private final SignInHistory history;
    private final UnitScope scope;

    SignInsController(SignInHistory history, UnitScope scope) {
        this.history = history;
        this.scope = scope;
    }

    @GetMapping("/admin/account/sign-ins")
    String mine(Model model) {
        model.addAttribute("records", history.of(scope.staff().accountId(), 20));
        model.addAttribute("everyone", false);
        model.addAttribute("username", "");
        model.addAttribute("pager", null);
        return "admin/accounts/sign-ins";
    }

    @GetMapping("/admin/sign-ins")
    String everyone(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "1") int page,
                    Model model) {
        long total = history.countEveryone(username);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(1, Math.min(page, pages));
        List<SignInRecord> records = history.everyone(username, (p - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("records", records);
        model.addAttribute("everyone", true);
        model.addAttribute("username", username);
        model.addAttribute("pager", new ListPager(p, pages, total, p > 1 ? link(username, p - 1) : null,
                p < pages ? link(username, p + 1) : null));
        return "admin/accounts/sign-ins";
    }

    private static String link(String username, int page) {
        return UriComponentsBuilder.fromPath("/admin/sign-ins").queryParam("username", username)
                .queryParam("page", page).encode().toUriString();
    }
}
