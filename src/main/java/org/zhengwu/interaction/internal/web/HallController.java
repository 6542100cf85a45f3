package org.zhengwu.interaction.internal.web;

import org.zhengwu.platform.web.FormProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.interaction.InvalidLetter;
import org.zhengwu.interaction.LetterFile;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.interaction.internal.LetterFiles;
import org.zhengwu.interaction.internal.LetterIntake;
import org.zhengwu.interaction.internal.LetterRules;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.abuse.SubmissionThrottle;

/**
 * The hall's public pages for writing (互动交流, {@code /hdjl/}, also under {@code /zh-hant}): the mailboxes, a write
 * form per mailbox, and the receipt. A letter passes the form check (signed token, trap field) and the per-address
 * throttle before it is even read; refused input comes back with every field kept and every problem named. The
 * receipt, with the query code, is shown once, after the letter is committed.
 */
@Controller
class HallController {

    static final String THROTTLE_KIND = "letter";
    /** The session attribute that carries the receipt to the one page that shows it. */
    static final String RECEIPT = HallController.class.getName() + ".receipt";

    private final HallPages pages;
    private final Mailboxes mailboxes;
    private final LetterIntake intake;
    private final FormGuard guard;
    private final SubmissionThrottle throttle;

    HallController(HallPages pages, Mailboxes mailboxes, LetterIntake intake, FormGuard guard,
                   SubmissionThrottle throttle) {
        this.pages = pages;
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.guard = guard;
        this.throttle = throttle;
    }

    @GetMapping({"/hdjl", "/hdjl/", "/zh-hant/hdjl", "/zh-hant/hdjl/"})
    ResponseEntity<String> index(HttpServletRequest request) {
        HallText t = pages.text(request);
        return pages.render(HttpStatus.OK, t, "hall", t.t("interaction.hall.title"), "/hdjl/",
                new HallViews.Index(mailboxes.enabled()));
    }

    @GetMapping({"/hdjl/write/{code}", "/zh-hant/hdjl/write/{code}"})
    ResponseEntity<String> form(@PathVariable String code, HttpServletRequest request) {
        HallText t = pages.text(request);
        Optional<Mailbox> box = mailboxes.byCode(code).filter(Mailbox::enabled);
        if (box.isEmpty()) {
            return unknownMailbox(t);
        }
        return write(HttpStatus.OK, t, box.get(), LetterForm.empty(), FormProblems.none(), guard.issue(purpose(box.get())));
    }

    @PostMapping({"/hdjl/write/{code}", "/zh-hant/hdjl/write/{code}"})
    ResponseEntity<String> submit(@PathVariable String code, @ModelAttribute LetterForm form,
                                  @RequestParam(name = FormGuard.TOKEN_FIELD, required = false) String token,
                                  @RequestParam(name = FormGuard.TRAP_FIELD, required = false) String trap,
                                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                                  HttpServletRequest request) {
        HallText t = pages.text(request);
        Optional<Mailbox> box = mailboxes.byCode(code).filter(Mailbox::enabled);
        if (box.isEmpty()) {
            return unknownMailbox(t);
        }
        if (!throttle.allow(THROTTLE_KIND, request.getRemoteAddr())) {
            return write(HttpStatus.TOO_MANY_REQUESTS, t, box.get(), form,
                    FormProblems.of(null, t.t("interaction.letter.throttled")), guard.carryOver(purpose(box.get()), token));
        }
        FormGuard.Verdict verdict = guard.check(purpose(box.get()), token, trap);
        if (!verdict.passed()) {
            return write(HttpStatus.BAD_REQUEST, t, box.get(), form, FormProblems.of(null, t.t(verdict.messageKey())),
                    guard.carryOver(purpose(box.get()), token));
        }
        LetterReceipt receipt;
        try {
            receipt = intake.submit(new NewLetter(box.get().code(), form.name(), form.phone(), form.email(),
                    form.subject(), form.text(), form.isPublic(), letterFiles(files)));
        } catch (InvalidLetter e) {
            List<FormProblems.Item> items = new ArrayList<>();
            for (LetterProblem p : e.problems()) {
                items.add(new FormProblems.Item(p.field(), t.t(p.key(), p.args())));
            }
            return write(HttpStatus.BAD_REQUEST, t, box.get(), form, new FormProblems(items),
                    guard.carryOver(purpose(box.get()), token));
        }
        request.getSession().setAttribute(RECEIPT, receipt);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(t.href("/hdjl/receipt"))).build();
    }

    /** Shown once: a second visit (a reload, the back button) finds the receipt gone. */
    @GetMapping({"/hdjl/receipt", "/zh-hant/hdjl/receipt"})
    ResponseEntity<String> receipt(HttpServletRequest request) {
        HallText t = pages.text(request);
        HttpSession session = request.getSession(false);
        LetterReceipt receipt = session == null ? null : (LetterReceipt) session.getAttribute(RECEIPT);
        if (session != null) {
            session.removeAttribute(RECEIPT);
        }
        return pages.render(HttpStatus.OK, t, "receipt", t.t("interaction.receipt.title"), "/hdjl/receipt",
                new HallViews.Receipt(receipt));
    }

    static String purpose(Mailbox box) {
        return "letter:" + box.code();
    }

    /** The write form; shown again after a refused post it keeps that post's token (see {@code FormGuard}). */
    private ResponseEntity<String> write(HttpStatus status, HallText t, Mailbox box, LetterForm form,
                                         FormProblems problems, String token) {
        HallViews.Write view = new HallViews.Write(box, form, problems, token, LetterRules.MAX_NAME,
                LetterRules.MAX_SUBJECT, LetterRules.MAX_TEXT, LetterFiles.MAX_FILES, LetterFiles.MAX_BYTES / (1024 * 1024),
                FileType.extensionList());
        return pages.render(status, t, "write", t.t("interaction.write.title", t.s(box.name())),
                "/hdjl/write/" + box.code(), view);
    }

    private ResponseEntity<String> unknownMailbox(HallText t) {
        return pages.problem(HttpStatus.NOT_FOUND, t, t.t("interaction.mailbox.gone.title"),
                t.t("interaction.mailbox.gone"), "/hdjl/");
    }

    private static List<LetterFile> letterFiles(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(f -> new LetterFile(f.getOriginalFilename(), f.getSize(), f)).toList();
    }
}
