package org.zhengwu.supervision.internal.investment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import org.zhengwu.supervision.internal.investment.LedgerImport;
import org.zhengwu.supervision.internal.investment.LedgerLayout;
import org.zhengwu.supervision.internal.investment.LedgerWorkbook;
import org.zhengwu.supervision.internal.investment.ProjectRules;
import org.zhengwu.supervision.internal.investment.Projects;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.reporting.web.Refusals;

/**
 * 导入项目台账 with its column mapping (which column holds which field; the export's layout by default) and a refusal
 * listing every wrong row in Chinese, nothing stored; 导出项目台账 in the same layout.
 */
@Controller
class LedgerController {

    private static final String BASE = "/admin/supervision/investment";

    private final LedgerImport ledgerImport;
    private final Projects projects;
    private final SiteDirectory sites;
    private final Clock clock;

    LedgerController(LedgerImport ledgerImport, Projects projects, SiteDirectory sites, Clock clock) {
        this.ledgerImport = ledgerImport;
        this.projects = projects;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping(BASE + "/import")
    String form(Model model) {
        return page(model, List.of(), LedgerImport.defaultMapping());
    }

    @PostMapping(BASE + "/import")
    String importLedger(@RequestParam Map<String, String> params,
                        @RequestParam(name = "file", required = false) MultipartFile file,
                        @ModelAttribute(name = "ui", binding = false) Ui ui, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) throws IOException {
        Map<String, String> mapping = new java.util.HashMap<>(LedgerImport.defaultMapping());
        mapping.putAll(Refusals.typed(params, "col."));
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidReport(List.of(new InvalidReport.Problem("file", "investment.import.no-file",
                        new Object[0])));
            }
            int n = ledgerImport.importLedger(file.getInputStream(), mapping);
            redirect.addFlashAttribute("notice", ui.t("investment.import.done", n));
            return "redirect:" + BASE;
        } catch (InvalidReport e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, Refusals.messages(e, ui), mapping);
        }
    }

    private String page(Model model, List<String> problems, Map<String, String> mapping) {
        model.addAttribute("problems", problems);
        model.addAttribute("mapping", mapping);
        model.addAttribute("fields", ProjectRules.FIELDS);
        model.addAttribute("required", LedgerLayout.REQUIRED);
        return "admin/supervision/investment/import";
    }

    @GetMapping(BASE + "/ledger.xlsx")
    ResponseEntity<byte[]> ledger() throws IOException {
        Projects.Ledger ledger = projects.ledger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerWorkbook.write(ledger.projects(), id -> sites.unit(id).map(Unit::name).orElse("#" + id),
                ledger.extras(), out);
        return Xlsx.attachment("招商项目台账-" + LocalDate.now(clock) + ".xlsx", out.toByteArray());
    }
}
