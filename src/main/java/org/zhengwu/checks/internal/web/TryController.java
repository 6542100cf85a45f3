package org.zhengwu.checks.internal.web;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.checks.CheckAttachment;
import org.zhengwu.checks.CheckReport;
import org.zhengwu.checks.CheckSubject;
import org.zhengwu.checks.ContentChecks;
import org.zhengwu.checks.Finding;
import org.zhengwu.checks.MarkedText;
import org.zhengwu.checks.PlainText;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;

/**
 * 内容检查 for any staff member: paste a title and a body (and optionally pick an attachment), see the findings
 * marked in the text and listed with their line and column. Nothing is stored.
 */
@Controller
@RequestMapping("/admin/checks/try")
class TryController {

    static final int MAX_BODY = 200_000;

    private final ContentChecks checks;
    private final UnitScope scope;

    TryController(ContentChecks checks, UnitScope scope) {
        this.checks = checks;
        this.scope = scope;
    }

    @GetMapping
    String form(Model model) {
        return page(model, "", "", null, null);
    }

    @PostMapping
    String check(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                 @RequestParam(required = false) MultipartFile attachment, Model model) throws IOException {
        StaffPrincipal staff = scope.staff();
        if (body.length() > MAX_BODY || title.length() > 1000) {
            return page(model, title, body, null, FormError.of("checks.try.too-long", MAX_BODY));
        }
        CheckSubject subject = CheckSubject.of(staff.unitId(), title, body);
        if (attachment != null && !attachment.isEmpty() && attachment.getOriginalFilename() != null) {
            byte[] bytes = attachment.getBytes();
            subject = subject.withAttachments(List.of(CheckAttachment.of(attachment.getOriginalFilename(), bytes)));
        }
        return page(model, title, body, checks.check(subject), null);
    }

    private String page(Model model, String title, String body, CheckReport report, FormError error) {
        model.addAttribute("title", title);
        model.addAttribute("body", body);
        model.addAttribute("report", report);
        model.addAttribute("formError", error);
        model.addAttribute("wordLists", scope.current().map(p -> p.role() == StaffRole.SECURITY_ADMINISTRATOR).orElse(false));
        if (report != null) {
            model.addAttribute("titlePieces", MarkedText.of(title, report, Finding.Field.TITLE, null));
            model.addAttribute("bodyPieces", MarkedText.of(PlainText.of(body), report, Finding.Field.BODY, null));
        } else {
            model.addAttribute("titlePieces", List.of());
            model.addAttribute("bodyPieces", List.of());
        }
        return "admin/checks/try";
    }
}
