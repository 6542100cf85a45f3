package org.zhengwu.checks.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengwu.checks.internal.ListedWord;
import org.zhengwu.checks.internal.WordKind;
import org.zhengwu.checks.internal.WordLists;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.FormError;
import org.zhengwu.platform.web.Ui;

/**
 * The word lists of the content checks, for the security administrator alone (the lists are security policy;
 * 三员分立): browse one list with a filter and pages, add or delete a word, import a text file, export a list.
 * Anybody else gets 403, and an attempt to change or export a list is audited as refused.
 */
@Controller
@RequestMapping("/admin/checks/words")
class WordsController {

    private final WordLists lists;
    private final UnitScope scope;
    private final AuditTrail audit;

    WordsController(WordLists lists, UnitScope scope, AuditTrail audit) {
        this.lists = lists;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") String page, Model model) {
        requireSecurityAdministrator(null);
        return page(model, kind(kind), q, number(page), WordForm.empty(), null, null);
    }

    @PostMapping
    String add(@ModelAttribute("form") WordForm form, @ModelAttribute(name = "ui", binding = false) Ui ui,
               Model model, RedirectAttributes redirect) {
        requireSecurityAdministrator("add");
        WordKind kind = kind(form.kind());
        try {
            ListedWord added = lists.add(kind, form.word(), form.replacement());
            redirect.addFlashAttribute("notice", ui.t("checks.words.added", added.word()));
        } catch (RuleViolation e) {
            return page(model, kind, null, 1, form, FormError.of(e), null);
        }
        return "redirect:" + address(kind, null, 1);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page,
                  @ModelAttribute(name = "ui", binding = false) Ui ui, RedirectAttributes redirect) {
        requireSecurityAdministrator("delete");
        ListedWord deleted = lists.delete(id);
        redirect.addFlashAttribute("notice", ui.t("checks.words.deleted", deleted.word()));
        return "redirect:" + address(deleted.kind(), q, number(page));
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
                      Model model) throws IOException {
        requireSecurityAdministrator("import");
        WordKind k = kind(kind);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
            return page(model, k, null, 1, WordForm.empty(), null, FormError.of("checks.import.no-file"));
        }
        if (file.getSize() > WordLists.MAX_IMPORT_BYTES) {
            return page(model, k, null, 1, WordForm.empty(), null,
                    FormError.of("checks.import.too-large", WordLists.MAX_IMPORT_BYTES >> 20));
        }
        try {
            WordLists.ImportResult result = lists.importFile(k, file.getBytes());
            model.addAttribute("imported", result);
        } catch (RuleViolation e) {
            return page(model, k, null, 1, WordForm.empty(), null, FormError.of(e));
        }
        return page(model, k, null, 1, WordForm.empty(), null, null);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String kind) {
        requireSecurityAdministrator("export");
        WordKind k = kind(kind);
        byte[] text = lists.export(k).getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("check-words-" + k.name().toLowerCase(java.util.Locale.ROOT) + ".txt").build());
        return ResponseEntity.ok().headers(headers).body(text);
    }

    private String page(Model model, WordKind kind, String q, int page, WordForm form, FormError formError,
                        FormError importError) {
        WordLists.Page words = lists.page(kind, q, page);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", WordKind.values());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("words", words);
        model.addAttribute("pager", new WordPager(words.page(), words.pages(), words.total(),
                words.page() > 1 ? address(kind, q, words.page() - 1) : null,
                words.page() < words.pages() ? address(kind, q, words.page() + 1) : null));
        model.addAttribute("form", form);
        model.addAttribute("formError", formError);
        model.addAttribute("importError", importError);
        if (!model.containsAttribute("imported")) {
            model.addAttribute("imported", null);
        }
        return "admin/checks/words";
    }

    static String address(WordKind kind, String q, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/checks/words").queryParam("kind", kind.name());
        if (q != null && !q.isBlank()) {
            b.queryParam("q", q);
        }
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    /** Only the security administrator; a refused change or export is recorded before the 403. */
    private void requireSecurityAdministrator(String action) {
        StaffPrincipal p = scope.staff();
        if (p.role() != StaffRole.SECURITY_ADMINISTRATOR) {
            if (action != null) {
                audit.recordRefusal(AuditEvent.of("checks.words." + action, "check_word", null, p.unitId(),
                        "role " + p.role() + " may not change or export the word lists"));
            }
            throw new AccessDeniedException("security administrators only");
        }
    }

    private static WordKind kind(String text) {
        return WordKind.parse(text).orElse(WordKind.SENSITIVE);
    }

    private static int number(String text) {
        try {
            return Math.max(1, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
