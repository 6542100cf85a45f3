package org.zhengwu.services.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.platform.abuse.SubmissionThrottle;
import org.zhengwu.platform.web.SessionProofs;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.services.internal.application.ApplicationDesk;
import org.zhengwu.services.internal.application.InvalidApplication;
import org.zhengwu.services.internal.rating.ApplicationRatings;

/**
 * The applicant's look-up ({@code /bsfw/query}, also under {@code /zh-hant}): number and query code open the
 * progress page for the rest of the browser session, never through the address. A wrong pair, an unknown number and
 * a malformed one get one and the same message; an expired session sends the applicant back to the form with a
 * word why. While a 补正 is asked for, the page carries the form to answer it.
 */
@Controller
class ApplicationLookupController {

    static final String THROTTLE_KIND = "application-query";
    static final String PROVEN = ApplicationLookupController.class.getName() + ".proven";

    private final ServicePages pages;
    private final ApplicationDesk desk;
    private final SubmissionThrottle throttle;
    private final ApplicationRatings ratings;

    ApplicationLookupController(ServicePages pages, ApplicationDesk desk, SubmissionThrottle throttle,
                                ApplicationRatings ratings) {
        this.pages = pages;
        this.desk = desk;
        this.throttle = throttle;
        this.ratings = ratings;
    }

    @GetMapping({"/bsfw/query", "/zh-hant/bsfw/query"})
    ResponseEntity<String> form(HttpServletRequest request) {
        return query(HttpStatus.OK, pages.text(request), "", null);
    }

    @PostMapping({"/bsfw/query", "/zh-hant/bsfw/query"})
    ResponseEntity<String> lookUp(@RequestParam(required = false) String number,
                                  @RequestParam(required = false) String code, HttpServletRequest request) {
        ServiceText t = pages.text(request);
        String typed = number == null ? "" : number.strip();
        typed = typed.length() > 40 ? typed.substring(0, 40) : typed;
        if (!throttle.allow(THROTTLE_KIND, request.getRemoteAddr())) {
            return query(HttpStatus.TOO_MANY_REQUESTS, t, typed, t.t("service.query.throttled"));
        }
        Optional<String> proven = desk.verify(number, code);
        if (proven.isEmpty()) {
            return query(HttpStatus.OK, t, typed, t.t("service.query.no-match"));
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new proof: a session id seen before proves nothing
        }
        SessionProofs.prove(request.getSession(), PROVEN, proven.get());
        return seeOther(t.href("/bsfw/query/" + proven.get()));
    }

    @GetMapping({"/bsfw/query/{number}", "/zh-hant/bsfw/query/{number}"})
    ResponseEntity<String> show(@PathVariable String number, HttpServletRequest request) {
        ServiceText t = pages.text(request);
        if (!SessionProofs.proven(request, PROVEN, number)) {
            return query(HttpStatus.OK, t, "", t.t("service.query.expired"));
        }
        String notice = (String) request.getSession().getAttribute(PROVEN + "." + number);
        request.getSession().removeAttribute(PROVEN + "." + number);
        return progress(HttpStatus.OK, t, number, notice == null ? null : t.t(notice), FormProblems.none(), "",
                "", "");
    }

    @PostMapping({"/bsfw/query/{number}/correction", "/zh-hant/bsfw/query/{number}/correction"})
    ResponseEntity<String> answer(@PathVariable String number, @RequestParam(required = false) String answer,
                                  HttpServletRequest request) {
        ServiceText t = pages.text(request);
        if (!SessionProofs.proven(request, PROVEN, number)) {
            return query(HttpStatus.OK, t, "", t.t("service.query.expired"));
        }
        try {
            desk.answerCorrection(number, answer, PublicForms.files(request));
        } catch (InvalidApplication e) {
            return progress(HttpStatus.BAD_REQUEST, t, number, null, PublicForms.problems(t, e.problems()),
                    answer == null ? "" : answer, "", "");
        }
        request.getSession().setAttribute(PROVEN + "." + number, "service.correction.done");
        return seeOther(t.href("/bsfw/query/" + number));
    }

    /** 好差评, once, after 办结; a refusal keeps the level chosen and the reason typed. */
    @PostMapping({"/bsfw/query/{number}/rating", "/zh-hant/bsfw/query/{number}/rating"})
    ResponseEntity<String> rate(@PathVariable String number, @RequestParam(required = false) String level,
                                @RequestParam(required = false) String reason, HttpServletRequest request) {
        ServiceText t = pages.text(request);
        if (!SessionProofs.proven(request, PROVEN, number)) {
            return query(HttpStatus.OK, t, "", t.t("service.query.expired"));
        }
        try {
            ratings.rate(number, level, reason);
        } catch (InvalidApplication e) {
            String kept = reason == null ? "" : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            return progress(HttpStatus.BAD_REQUEST, t, number, null, PublicForms.problems(t, e.problems()), "",
                    level == null ? "" : level, kept);
        }
        request.getSession().setAttribute(PROVEN + "." + number, "service.rating.done");
        return seeOther(t.href("/bsfw/query/" + number));
    }

    private ResponseEntity<String> progress(HttpStatus status, ServiceText t, String number, String notice,
                                            FormProblems problems, String answer, String level, String reason) {
        ApplyViews.Rating rating = new ApplyViews.Rating(ratings.open(number), ratings.given(number).orElse(null),
                level, reason);
        return pages.own(status, t, "progress", t.t("service.progress.title"), "/bsfw/query",
                new ApplyViews.Progress(desk.forApplicant(number).orElseThrow(), notice, problems, answer, rating));
    }

    private ResponseEntity<String> query(HttpStatus status, ServiceText t, String number, String message) {
        return pages.own(status, t, "query", t.t("service.query.title"), "/bsfw/query", new ApplyViews.Query(number, message));
    }


    private static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }
}
