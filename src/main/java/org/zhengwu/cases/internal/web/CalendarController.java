package org.zhengwu.cases.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.cases.CalendarDay;
import org.zhengwu.cases.internal.CalendarAdministration;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;

/**
 * The working-day calendar for the administrator (系统管理员) alone: one year's holidays and make-up workdays, add
 * one, remove one, replace the year from text. Anybody else gets 403, and an attempted change is audited as refused.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

    private final CalendarAdministration calendar;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarController(CalendarAdministration calendar, UnitScope scope, AuditTrail audit, Clock clock) {
        this.calendar = calendar;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) String year, Model model) {
        requireAdministrator(null);
        return page(model, year(year), DayForm.empty(), null, null, "");
    }

    @PostMapping
    String add(@RequestParam(required = false) String date, @RequestParam(required = false) String kind,
               @RequestParam(required = false) String name, @ModelAttribute(name = "ui", binding = false) Ui ui,
               Model model, RedirectAttributes redirect) {
        requireAdministrator("add");
        try {
            CalendarDay day = calendar.add(date, kind, name);
            redirect.addFlashAttribute("notice", ui.t("cases.calendar.added", day.date(), day.name()));
            return "redirect:/admin/calendar?year=" + day.date().getYear();
        } catch (RuleViolation e) {
            return page(model, yearOf(date), new DayForm(date, kind, name), FormError.of(e), null, "");
        }
    }

    @PostMapping("/remove")
    String remove(@RequestParam(required = false) String date, @ModelAttribute(name = "ui", binding = false) Ui ui,
                  Model model, RedirectAttributes redirect) {
        requireAdministrator("remove");
        try {
            CalendarDay day = calendar.remove(LocalDate.parse(date == null ? "" : date.strip()));
            redirect.addFlashAttribute("notice", ui.t("cases.calendar.removed", day.date(), day.name()));
            return "redirect:/admin/calendar?year=" + day.date().getYear();
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", ui.t(e.key(), e.args()));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("error", ui.t("cases.calendar.date.invalid", date));
        }
        return "redirect:/admin/calendar?year=" + yearOf(date);
    }

    @PostMapping("/import")
    String importYear(@RequestParam(required = false) String year, @RequestParam(required = false) String text,
                      Model model) {
        requireAdministrator("import");
        int y = year(year);
        String t = text == null ? "" : text;
        try {
            CalendarAdministration.ImportResult result = calendar.importYear(y, t);
            if (result.bad().isEmpty()) {
                return page(model, y, DayForm.empty(), null, result, "");
            }
            return page(model, y, DayForm.empty(), null, result, t);
        } catch (RuleViolation e) {
            model.addAttribute("importError", FormError.of(e));
            return page(model, y, DayForm.empty(), null, null, t);
        }
    }

    private String page(Model model, int year, DayForm form, FormError formError,
                        CalendarAdministration.ImportResult imported, String importText) {
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.year(year));
        model.addAttribute("form", form);
        model.addAttribute("formError", formError);
        model.addAttribute("imported", imported);
        model.addAttribute("importText", importText);
        if (!model.containsAttribute("importError")) {
            model.addAttribute("importError", null);
        }
        return "admin/cases/calendar";
    }

    private int year(String text) {
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            return Math.max(CalendarAdministration.MIN_YEAR, Math.min(CalendarAdministration.MAX_YEAR, y));
        } catch (NumberFormatException e) {
            return LocalDate.now(clock).getYear();
        }
    }

    private int yearOf(String date) {
        String t = date == null ? "" : date.strip();
        return year(t.length() >= 4 ? t.substring(0, 4) : "");
    }

    /** Only the administrator; a refused change is recorded before the 403. */
    private void requireAdministrator(String action) {
        StaffPrincipal p = scope.staff();
        if (p.role() != StaffRole.ADMINISTRATOR) {
            if (action != null) {
                audit.recordRefusal(AuditEvent.of("cases.calendar." + action, "calendar_day", null, p.unitId(),
                        "role " + p.role() + " may not change the working-day calendar"));
            }
            throw new AccessDeniedException("administrators only");
        }
    }
}
