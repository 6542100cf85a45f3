package org.zhengwu.supervision.internal.fees.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.LongFunction;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.fees.FeeSettings;
import org.zhengwu.supervision.internal.fees.FeeStatement;
import org.zhengwu.supervision.internal.fees.FeeStatements;
import org.zhengwu.supervision.internal.fees.FeeWorkbook;
import org.zhengwu.supervision.internal.fees.OfficeAccess;

/**
 * 稿酬统计: a month's statement per unit, per editor and per item, the bonus form, approval, the .xlsx; and 稿酬设置.
 * A refused form shows the page again with its message (400) and changes nothing.
 */
@Controller
@RequestMapping("/admin/supervision/fees")
class FeeConsoleController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FeeStatements fees;
    private final OfficeAccess access;
    private final SiteDirectory sites;
    private final AuditTrail audit;

    FeeConsoleController(FeeStatements fees, OfficeAccess access, SiteDirectory sites, AuditTrail audit) {
        this.fees = fees;
        this.access = access;
        this.sites = sites;
        this.audit = audit;
    }

    @GetMapping
    String statement(@RequestParam(required = false) String month, Model model, HttpServletResponse response) {
        access.requireOffice("supervision.fees.view");
        YearMonth m = fees.thisMonth().minusMonths(1);
        FormError error = null;
        try {
            m = month(month, m);
        } catch (RuleViolation e) {
            error = FormError.of(e);
            response.setStatus(400);
        }
        return page(m, error, model);
    }

    @PostMapping("/bonus")
    String bonus(@RequestParam(required = false) String month, @RequestParam(required = false) String item,
                 @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String remove, @ModelAttribute(name = "ui", binding = false) Ui ui,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.requireOffice("supervision.fees.bonus"); // before any refusal page shows the statement
        YearMonth m = fees.thisMonth();
        try {
            m = month(month, m);
            if (remove != null) {
                fees.removeBonus(item);
            } else {
                fees.enterBonus(item, amount, reason);
            }
        } catch (RuleViolation e) {
            response.setStatus(400);
            model.addAttribute("typed", new String[] {item, amount, reason});
            return page(m, FormError.of(e), model);
        }
        redirect.addFlashAttribute("notice", ui.t(remove != null ? "fee.bonus.removed" : "fee.bonus.saved"));
        return "redirect:/admin/supervision/fees?month=" + m;
    }

    @PostMapping("/approve")
    String approve(@RequestParam(required = false) String month, @ModelAttribute(name = "ui", binding = false) Ui ui,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.requireOffice("supervision.fees.approve");
        YearMonth m;
        try {
            m = month(month, null);
            fees.approve(m);
        } catch (RuleViolation e) {
            response.setStatus(400);
            return page(fees.thisMonth().minusMonths(1), FormError.of(e), model);
        }
        redirect.addFlashAttribute("notice", ui.t("fee.approved", m.toString()));
        return "redirect:/admin/supervision/fees?month=" + m;
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String month,
                                  @ModelAttribute(name = "ui", binding = false) Ui ui) throws IOException {
        access.requireOffice("supervision.fees.export");
        YearMonth m;
        try {
            m = month(month, fees.thisMonth().minusMonths(1));
        } catch (RuleViolation e) {
            m = fees.thisMonth().minusMonths(1);
        }
        FeeStatement s = fees.statement(m);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeeWorkbook.write(s, k -> ui.t(k), unitName(), out);
        audit.record(AuditEvent.of("supervision.fees.export", "manuscript_fee_month", m, null, s.lines().size() + " 篇"));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("稿酬-" + m + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(out.toByteArray());
    }

    @GetMapping("/settings")
    String settings(Model model) {
        access.requireOffice("supervision.fees.settings");
        FeeSettings s = fees.settings();
        return settingsPage(model, null, FeeSettings.yuan(s.fenPerHundred()), FeeSettings.yuan(s.bonusMinFen()),
                FeeSettings.yuan(s.bonusMaxFen()));
    }

    @PostMapping("/settings")
    String saveSettings(@RequestParam(required = false) String rate, @RequestParam(required = false) String bonusMin,
                        @RequestParam(required = false) String bonusMax,
                        @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        access.requireOffice("supervision.fees.settings");
        try {
            fees.saveSettings(rate, bonusMin, bonusMax);
        } catch (RuleViolation e) {
            response.setStatus(400);
            return settingsPage(model, FormError.of(e), rate, bonusMin, bonusMax);
        }
        redirect.addFlashAttribute("notice", ui.t("fee.settings.saved"));
        return "redirect:/admin/supervision/fees/settings";
    }

    private String settingsPage(Model model, FormError error, String rate, String min, String max) {
        model.addAttribute("error", error);
        model.addAttribute("rate", rate == null ? "" : rate);
        model.addAttribute("bonusMin", min == null ? "" : min);
        model.addAttribute("bonusMax", max == null ? "" : max);
        return "admin/supervision/fee-settings";
    }

    private String page(YearMonth month, FormError error, Model model) {
        model.addAttribute("s", fees.statement(month));
        model.addAttribute("mayApprove", month.isBefore(fees.thisMonth()));
        model.addAttribute("settings", fees.settings());
        model.addAttribute("unitName", unitName());
        model.addAttribute("error", error);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new String[] {"", "", ""});
        }
        return "admin/supervision/fees";
    }

    private LongFunction<String> unitName() {
        return id -> sites.unit(id).map(Unit::name).orElse("—");
    }

    /** The month typed as 2026-03; blank means the fallback. */
    static YearMonth month(String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw new RuleViolation("fee.month.invalid", "");
            }
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("fee.month.invalid", text.strip());
        }
    }
}
