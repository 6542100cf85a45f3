package org.zhengwu.audit.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.audit.internal.AuditAnchors;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;

/**
 * The audit administrator's anchors (审计锚点): export a signed anchor of the chain head, and upload one back to
 * compare it with the log as it is now.
 */
@Controller
@RequestMapping("/admin/audit/anchors")
class AnchorController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AuditAnchors anchors;

    AnchorController(AuditAnchors anchors) {
        this.anchors = anchors;
    }

    @GetMapping
    String page(Model model) {
        return view(model, null, null, null);
    }

    @PostMapping("/export")
    Object export(Model model) {
        AuditAnchors.Download download;
        try {
            download = anchors.export();
        } catch (RuleViolation e) {
            return view(model, FormError.of(e), null, null);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
        headers.setContentDisposition(ContentDisposition.attachment().filename(download.fileName()).build());
        return ResponseEntity.ok().headers(headers).body(download.content());
    }

    @PostMapping("/check")
    String check(@RequestParam(name = "anchor", required = false) MultipartFile file,
                 @ModelAttribute(name = "ui", binding = false) Ui ui, Model model) throws IOException {
        byte[] upload = file == null ? null : file.getSize() > 64 * 1024 ? new byte[64 * 1024 + 1] : file.getBytes();
        AuditAnchors.Check result;
        try {
            result = anchors.check(upload);
        } catch (RuleViolation e) {
            return view(model, null, FormError.of(e), null);
        }
        String message = ui.t("audit.anchor.result." + result.verdict().name(), String.valueOf(result.anchorSeq()),
                result.anchorTime().atZoneSameInstant(CHINA).format(MINUTES), String.valueOf(result.lastSeq()),
                String.valueOf(result.differs()));
        return view(model, null, null, new AnchorFinding(result.verdict() == AuditAnchors.Verdict.INTACT, message));
    }

    private String view(Model model, FormError exportError, FormError checkError, AnchorFinding finding) {
        model.addAttribute("key", anchors.signingKey());
        model.addAttribute("exportError", exportError);
        model.addAttribute("checkError", checkError);
        model.addAttribute("finding", finding);
        return "admin/audit/anchors";
    }
}
