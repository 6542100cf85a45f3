package org.zhengwu.audit.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.audit.AuditFilter;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;

/**
 * The audit log for the audit administrator alone (审计管理员): filters, paging, the integrity check of the hash chain
 * and the export of the filtered records to Excel.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final Clock clock;

    AuditController(AuditLog log, SiteDirectory sites, UnitScope scope, Clock clock) {
        this.log = log;
        this.sites = sites;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping
    String page(@ModelAttribute("query") AuditQuery query, @RequestParam(defaultValue = "1") int page, Model model) {
        scope.requireRole(StaffRole.AUDIT_ADMINISTRATOR);
        AuditFilter filter;
        try {
            filter = query.toFilter();
        } catch (RuleViolation e) {
            return view(model, query, List.of(), null, FormError.of(e));
        }
        long total = log.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(1, Math.min(page, pages));
        List<AuditRecord> records = log.search(filter, (p - 1) * PAGE_SIZE, PAGE_SIZE);
        AuditPager pager = new AuditPager(p, pages, total, p > 1 ? query.link("/admin/audit", p - 1) : null,
                p < pages ? query.link("/admin/audit", p + 1) : null, query.link("/admin/audit/export.xlsx", null));
        return view(model, query, records, pager, null);
    }

    /** The integrity check: "完整", or from which record on the log was changed. */
    @PostMapping("/verify")
    String verify(@ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        scope.requireRole(StaffRole.AUDIT_ADMINISTRATOR);
        log.verify().ifPresentOrElse(
                broken -> redirect.addFlashAttribute("error", ui.t("audit.verify.broken." + broken.problem().name(),
                        String.valueOf(broken.seq()))),
                () -> redirect.addFlashAttribute("notice", ui.t("audit.verify.intact")));
        return "redirect:/admin/audit";
    }

    @GetMapping("/export.xlsx")
    void export(@ModelAttribute("query") AuditQuery query, HttpServletResponse response) throws IOException {
        scope.requireRole(StaffRole.AUDIT_ADMINISTRATOR);
        AuditFilter filter;
        try {
            filter = query.toFilter();
        } catch (RuleViolation e) {
            response.sendRedirect(query.link("/admin/audit", null)); // the page shows what is wrong
            return;
        }
        try (AuditWorkbook workbook = new AuditWorkbook()) {
            log.export(filter, workbook::add);
            String name = "audit-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".xlsx";
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
            workbook.write(response.getOutputStream());
        }
    }

    private String view(Model model, AuditQuery query, List<AuditRecord> records, AuditPager pager, FormError error) {
        model.addAttribute("query", query);
        model.addAttribute("records", records);
        model.addAttribute("pager", pager);
        model.addAttribute("units", sites.units());
        model.addAttribute("formError", error);
        return "admin/audit/log";
    }
}
