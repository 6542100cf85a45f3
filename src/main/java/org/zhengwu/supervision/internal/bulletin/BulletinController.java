package org.zhengwu.supervision.internal.bulletin;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.supervision.internal.scores.Rankings;

/** 监管通报: the bulletins issued, a form to issue last month's, their .docx and .pdf, and the portal notice. */
@Controller
@RequestMapping("/admin/supervision/bulletins")
class BulletinController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Bulletins bulletins;
    private final Rankings rankings;

    BulletinController(Bulletins bulletins, Rankings rankings) {
        this.bulletins = bulletins;
        this.rankings = rankings;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping
    String issue(@RequestParam(required = false) String month, @ModelAttribute(name = "ui", binding = false) Ui ui,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Bulletin b;
        try {
            b = bulletins.issue(month);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("scores.bulletins.issued", b.month().getYear(),
                b.month().getMonthValue()));
        return "redirect:/admin/supervision/bulletins";
    }

    @GetMapping("/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(bulletins.docx(id), DOCX, name(id) + ".docx");
    }

    @GetMapping("/{id}.pdf")
    Object pdf(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            return file(bulletins.pdf(id), MediaType.APPLICATION_PDF, name(id) + ".pdf");
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return page(model, FormError.of(e));
        }
    }

    @PostMapping("/{id}/notice")
    String notice(@PathVariable long id, @ModelAttribute(name = "ui", binding = false) Ui ui, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        long item;
        try {
            item = bulletins.draftNotice(id);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, FormError.of(e));
        }
        redirect.addFlashAttribute("notice", ui.t("scores.bulletins.notice.drafted", item));
        return "redirect:/admin/supervision/bulletins";
    }

    private String name(long id) {
        Bulletin b = bulletins.bulletin(id);
        return "通报-" + b.month();
    }

    private String page(Model model, FormError error) {
        model.addAttribute("bulletins", bulletins.all());
        model.addAttribute("lastMonth", rankings.thisMonth().minusMonths(1).toString());
        model.addAttribute("error", error);
        return "admin/supervision/bulletin/list";
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }
}
