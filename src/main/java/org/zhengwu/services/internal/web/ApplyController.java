package org.zhengwu.services.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.abuse.SubmissionThrottle;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.services.internal.application.ApplicationForm;
import org.zhengwu.services.internal.application.ApplicationForms;
import org.zhengwu.services.internal.application.ApplicationIntake;
import org.zhengwu.services.internal.application.InvalidApplication;
import org.zhengwu.services.internal.application.Receipt;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * 网上申报 ({@code /bsfw/apply/CODE}, also under {@code /zh-hant}): the form of an online item, without a session
 * and without JavaScript. A submission passes the form guard and the per-address throttle first; refused input comes
 * back with everything typed kept (files must be chosen again) and every problem at its field; the receipt with the
 * number and query code is shown once, after the commit.
 */
@Controller
class ApplyController {

    static final String THROTTLE_KIND = "application";
    static final String RECEIPT = ApplyController.class.getName() + ".receipt";

    private final ServicePages pages;
    private final ApplicationForms forms;
    private final ApplicationIntake intake;
    private final SiteDirectory sites;
    private final FormGuard guard;
    private final SubmissionThrottle throttle;

    ApplyController(ServicePages pages, ApplicationForms forms, ApplicationIntake intake, SiteDirectory sites,
                    FormGuard guard, SubmissionThrottle throttle) {
        this.pages = pages;
        this.forms = forms;
        this.intake = intake;
        this.sites = sites;
        this.guard = guard;
        this.throttle = throttle;
    }

    @GetMapping({"/bsfw/apply/{code}", "/zh-hant/bsfw/apply/{code}"})
    ResponseEntity<String> form(@PathVariable String code, HttpServletRequest request) {
        ServiceText t = pages.text(request);
        Optional<ApplicationForm> form = forms.open(code);
        if (form.isEmpty()) {
            return closed(t);
        }
        return page(HttpStatus.OK, t, form.get(), Map.of(), FormProblems.none());
    }

    @PostMapping({"/bsfw/apply/{code}", "/zh-hant/bsfw/apply/{code}"})
    ResponseEntity<String> submit(@PathVariable String code,
                                  @RequestParam(name = FormGuard.TOKEN_FIELD, required = false) String token,
                                  @RequestParam(name = FormGuard.TRAP_FIELD, required = false) String trap,
                                  HttpServletRequest request) {
        ServiceText t = pages.text(request);
        Optional<ApplicationForm> form = forms.open(code);
        if (form.isEmpty()) {
            return closed(t);
        }
        Map<String, String> typed = PublicForms.typed(request);
        if (!throttle.allow(THROTTLE_KIND, request.getRemoteAddr())) {
            return page(HttpStatus.TOO_MANY_REQUESTS, t, form.get(), typed,
                    FormProblems.of(null, t.t("service.apply.throttled")));
        }
        FormGuard.Verdict verdict = guard.check(purpose(code), token, trap);
        if (!verdict.passed()) {
            return page(HttpStatus.BAD_REQUEST, t, form.get(), typed, FormProblems.of(null, t.t(verdict.messageKey())));
        }
        Receipt receipt;
        try {
            receipt = intake.submit(form.get(), typed, PublicForms.files(request));
        } catch (InvalidApplication e) {
            return page(HttpStatus.BAD_REQUEST, t, form.get(), typed, PublicForms.problems(t, e.problems()));
        }
        request.getSession().setAttribute(RECEIPT, receipt);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(t.href("/bsfw/apply/receipt"))).build();
    }

    /** Shown once: a reload finds the receipt gone. */
    @GetMapping({"/bsfw/apply/receipt", "/zh-hant/bsfw/apply/receipt"})
    ResponseEntity<String> receipt(HttpServletRequest request) {
        ServiceText t = pages.text(request);
        HttpSession session = request.getSession(false);
        Receipt receipt = session == null ? null : (Receipt) session.getAttribute(RECEIPT);
        if (session != null) {
            session.removeAttribute(RECEIPT);
        }
        return pages.own(HttpStatus.OK, t, "receipt", t.t("service.receipt.title"), "/bsfw/apply/receipt",
                new ApplyViews.Done(receipt));
    }

    static String purpose(String itemCode) {
        return "application:" + itemCode;
    }

    private ResponseEntity<String> page(HttpStatus status, ServiceText t, ApplicationForm form,
                                        Map<String, String> typed, FormProblems problems) {
        String unit = sites.unit(form.item().unitId()).map(Unit::name).orElse("");
        return pages.own(status, t, "apply", t.t("service.apply.title", t.s(form.item().name())),
                "/bsfw/apply/" + form.item().code(),
                new ApplyViews.Apply(form, unit, typed, problems, guard.issue(purpose(form.item().code()))));
    }

    private ResponseEntity<String> closed(ServiceText t) {
        String title = t.t("service.apply.closed.title");
        return pages.render(HttpStatus.NOT_FOUND, t, "problem", title, HallPaths.HALL,
                new ServiceViews.Problem(title, t.t("service.apply.closed")));
    }
}
