package org.zhengwu.cases.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.cases.internal.CaseAccess;
import org.zhengwu.cases.internal.CaseQueries;
import org.zhengwu.cases.internal.CaseTypes;
import org.zhengwu.cases.internal.LedgerFilter;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * Ledgers (台账) of any case type: filtered by type, unit, state, the days opened and overdue, in pages, and exported
 * to Excel with the same filters. Supervisors, dispatchers and the administrator see every unit; the units' case
 * roles their own unit only, on the server.
 */
@Controller
@RequestMapping("/admin/cases")
class LedgerController {

    private final CaseQueries queries;
    private final CaseTypes types;
    private final CaseTexts texts;
    private final SiteDirectory sites;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;

    LedgerController(CaseQueries queries, CaseTypes types, CaseTexts texts, SiteDirectory sites,
                     WorkingDays workingDays, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.types = types;
        this.texts = texts;
        this.sites = sites;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/ledger")
    String page(@ModelAttribute("query") LedgerQuery query, @RequestParam(required = false) String page,
                @ModelAttribute(name = "ui", binding = false) Ui ui, Model model) {
        StaffPrincipal p = queries.reader();
        model.addAttribute("units", units(p));
        model.addAttribute("types", List.copyOf(types.all()));
        model.addAttribute("texts", texts);
        LedgerFilter filter;
        try {
            filter = queries.scoped(query.toFilter(types));
        } catch (RuleViolation e) {
            model.addAttribute("formError", FormError.of(e));
            model.addAttribute("rows", List.of());
            model.addAttribute("pager", null);
            return "admin/cases/ledger";
        }
        int at = Paging.page(page);
        CaseQueries.Page result = queries.ledger(filter, at);
        WorkingDayCalendar calendar = workingDays.calendar();
        CaseTexts.Names names = texts.names();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", result.cases().stream()
                .map(f -> LedgerRow.of(f, ui, texts, names, calendar, today)).toList());
        Paging pager = Paging.of(at, result.total(), CaseQueries.PAGE_SIZE, query.link("/admin/cases/ledger", null)
                + "&page=");
        model.addAttribute("pager", pager);
        model.addAttribute("exportLink", query.link("/admin/cases/ledger.xlsx", null));
        model.addAttribute("formError", null);
        return "admin/cases/ledger";
    }

    @GetMapping("/ledger.xlsx")
    void export(@ModelAttribute("query") LedgerQuery query, @ModelAttribute(name = "ui", binding = false) Ui ui,
                HttpServletResponse response) throws IOException {
        queries.reader();
        LedgerFilter filter;
        try {
            filter = queries.scoped(query.toFilter(types));
        } catch (RuleViolation e) {
            response.sendRedirect(query.link("/admin/cases/ledger", null)); // the page shows what is wrong
            return;
        }
        WorkingDayCalendar calendar = workingDays.calendar();
        CaseTexts.Names names = texts.names();
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        int[] n = {0};
        try (LedgerWorkbook workbook = new LedgerWorkbook(ui, title(ui, filter, now))) {
            queries.forEachInLedger(filter, f -> {
                n[0]++;
                workbook.add(LedgerRow.of(f, ui, texts, names, calendar, today));
            });
            audit.record(AuditEvent.of("cases.ledger.export", "case_ledger", filter.typeCode(), filter.unitId(),
                    n[0] + " rows; " + filter));
            String name = "ledger-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".xlsx";
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
            workbook.write(response.getOutputStream());
        }
    }

    /** 办件台账（来信，某单位） 2026-01-01至2026-03-31，导出于2026-04-01 09:00 */
    private String title(Ui ui, LedgerFilter f, LocalDateTime now) {
        String type = f.typeCode() == null ? ui.t("cases.ledger.all-types") : texts.typeName(ui, f.typeCode());
        String unit = f.unitId() == null ? ui.t("cases.ledger.all-units") : texts.unitName(f.unitId());
        String from = f.from() == null ? "" : f.from().toString();
        String to = f.to() == null ? "" : f.to().toString();
        return ui.t("cases.ledger.export.title", type, unit, from, to,
                now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }

    /** The units the person may choose: every unit for the group roles, their own otherwise. */
    private List<Unit> units(StaffPrincipal p) {
        Long own = CaseAccess.unitScope(p);
        return own == null ? sites.units() : sites.unit(own).map(List::of).orElse(List.of());
    }
}
