package org.zhengwu.platform.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengwu.platform.security.UnitScope;

/** The console home ({@code /admin}): the person's to-do counts, each a link to its queue, and their pages by area. */
@Controller
class ConsoleHomeController {

    private final ConsoleWork work;
    private final UnitScope scope;

    ConsoleHomeController(ConsoleWork work, UnitScope scope) {
        this.work = work;
        this.scope = scope;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("todos", work.todos(scope.staff()));
        return "admin/home";
    }
}
