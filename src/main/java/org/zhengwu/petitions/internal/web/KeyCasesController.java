package org.zhengwu.petitions.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.zhengwu.petitions.internal.KeyCaseWorkbook;
import org.zhengwu.petitions.internal.KeyCases;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/** 重点案件台账: every key case with its leader, unit, days open and last action, and the same as .xlsx. */
@Controller
class KeyCasesController {

    static final String PATH = PetitionsController.BASE + "/key-cases";
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final KeyCases keyCases;
    private final SiteDirectory sites;
    private final Clock clock;

    KeyCasesController(KeyCases keyCases, SiteDirectory sites, Clock clock) {
        this.keyCases = keyCases;
        this.sites = sites;
        this.clock = clock;
    }

    private LongFunction<String> unitNames() {
        return id -> sites.unit(id).map(Unit::name).orElse("#" + id);
    }

    @GetMapping(PATH)
    String ledger(Model model) {
        model.addAttribute("lines", keyCases.ledger());
        model.addAttribute("unitName", unitNames());
        return "admin/petitions/key-cases";
    }

    @GetMapping(PATH + ".xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute(name = "ui", binding = false) Ui ui) {
        LocalDate today = LocalDate.now(clock);
        byte[] body = KeyCaseWorkbook.write(keyCases.ledger(), unitNames(), r -> ui.t(r.labelKey()), today);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("重点信访案件台账-" + today + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore()).body(body);
    }
}
