package org.zhengwu.cases.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.cases.internal.CaseNotices;
import org.zhengwu.platform.web.Ui;

/** The signed-in staff member's notices (提醒) of due, overdue and escalated cases; opening a page marks it read. */
@Controller
class NoticesController {

    private final CaseNotices notices;
    private final CaseLinks links;

    NoticesController(CaseNotices notices, CaseLinks links) {
        this.notices = notices;
        this.links = links;
    }

    @GetMapping("/admin/cases/notices")
    String show(@RequestParam(required = false) String page, @ModelAttribute(name = "ui", binding = false) Ui ui,
                Model model) {
        CaseNotices.Page result = notices.open(Paging.page(page) - 1);
        model.addAttribute("ui", ui.withUnreadNotices(result.unread()));
        model.addAttribute("result", result);
        model.addAttribute("pager", Paging.of(result.page() + 1, result.total(), CaseNotices.PAGE_SIZE,
                "/admin/cases/notices?page="));
        model.addAttribute("links", links);
        return "admin/cases/notices";
    }
}
