package org.zhengwu.interaction.internal.web;

import org.zhengwu.platform.web.FormProblems;
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
import org.zhengwu.interaction.internal.CitizenDesk;
import org.zhengwu.interaction.internal.LetterDossier;
import org.zhengwu.interaction.internal.LetterReading;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.abuse.SubmissionThrottle;
import org.zhengwu.platform.web.SessionProofs;

/**
 * The writer's look-up ({@code /hdjl/query}): tracking number and query code open the letter's progress page for
 * the rest of the browser session, never through the address (which ends up in histories and logs). Every attempt
 * counts against the per-address throttle; a wrong pair, an unknown number and a malformed one get one and the same
 * message. The progress page and the rating need the session's proof; without it they send the writer to the form.
 */
@Controller
class LookupController {

    static final String THROTTLE_KIND = "letter-query";
    /** The session attribute holding the tracking numbers proven in this session. */
    static final String PROVEN = LookupController.class.getName() + ".proven";

    private final HallPages pages;
    private final CitizenDesk desk;
    private final LetterReading reading;
    private final ProgressPage progress;
    private final SubmissionThrottle throttle;
    private final FormGuard guard;

    LookupController(HallPages pages, CitizenDesk desk, LetterReading reading, ProgressPage progress,
                     SubmissionThrottle throttle, FormGuard guard) {
        this.guard = guard;
        this.pages = pages;
        this.desk = desk;
        this.reading = reading;
        this.progress = progress;
        this.throttle = throttle;
    }

    @GetMapping({"/hdjl/query", "/zh-hant/hdjl/query"})
    ResponseEntity<String> form(HttpServletRequest request) {
        return query(HttpStatus.OK, pages.text(request), "", null);
    }

    @PostMapping({"/hdjl/query", "/zh-hant/hdjl/query"})
    ResponseEntity<String> lookUp(@RequestParam(required = false) String number,
                                  @RequestParam(required = false) String code, HttpServletRequest request) {
        HallText t = pages.text(request);
        String typed = number == null ? "" : number.strip();
        if (typed.length() > 64) {
            typed = typed.substring(0, 64);
        }
        if (!throttle.allow(THROTTLE_KIND, request.getRemoteAddr())) {
            return query(HttpStatus.TOO_MANY_REQUESTS, t, typed, t.t("interaction.query.throttled"));
        }
        Optional<String> proven = desk.verify(number, code);
        if (proven.isEmpty()) {
            return query(HttpStatus.OK, t, typed, t.t("interaction.query.no-match"));
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new proof: a session id seen before it proves nothing
        }
        SessionProofs.prove(request.getSession(), PROVEN, proven.get());
        return seeOther(t.href("/hdjl/query/" + proven.get()));
    }

    @GetMapping({"/hdjl/query/{number}", "/zh-hant/hdjl/query/{number}"})
    ResponseEntity<String> show(@PathVariable String number, HttpServletRequest request) {
        HallText t = pages.text(request);
        if (!SessionProofs.proven(request, PROVEN, number)) {
            return seeOther(t.href("/hdjl/query"));
        }
        String notice = (String) request.getSession().getAttribute(noticeKey(number));
        request.getSession().removeAttribute(noticeKey(number));
        return page(HttpStatus.OK, t, number, notice == null ? null : t.t(notice), FormProblems.none(), null, null);
    }

    @PostMapping({"/hdjl/query/{number}/rating", "/zh-hant/hdjl/query/{number}/rating"})
    ResponseEntity<String> rate(@PathVariable String number, @RequestParam(required = false) String rating,
                                @RequestParam(required = false) String comment,
                                @RequestParam(name = FormGuard.TOKEN_FIELD, required = false) String token,
                                HttpServletRequest request) {
        HallText t = pages.text(request);
        if (!SessionProofs.proven(request, PROVEN, number)) {
            // the session behind the page has expired: the form's own signed token proves the page was shown
            FormGuard.Verdict verdict = guard.check(ProgressPage.ratingPurpose(number), token, null);
            if (verdict == FormGuard.Verdict.TOO_FAST) {
                return page(HttpStatus.BAD_REQUEST, t, number, null, FormProblems.of(null, t.t(verdict.messageKey())),
                        rating, comment);
            }
            if (!verdict.passed()) {
                return query(HttpStatus.OK, t, number, t.t("interaction.rating.proof-expired"));
            }
            SessionProofs.prove(request.getSession(), PROVEN, number);
        }
        try {
            CitizenDesk.Rated rated = desk.rate(number, rating, comment);
            request.getSession().setAttribute(noticeKey(number),
                    rated.reopened() ? "interaction.rating.done.reopened" : "interaction.rating.done");
        } catch (RuleViolation e) {
            String field = e.key().startsWith("interaction.rating.comment") ? "comment"
                    : e.key().equals("interaction.rating.required") ? "rating" : null;
            return page(HttpStatus.BAD_REQUEST, t, number, null, FormProblems.of(field, t.t(e.key(), e.args())), rating,
                    comment);
        }
        return seeOther(t.href("/hdjl/query/" + number));
    }

    private ResponseEntity<String> page(HttpStatus status, HallText t, String number, String notice,
                                        FormProblems problems, String sentRating, String sentComment) {
        LetterDossier d = reading.forWriter(number).orElseThrow();
        return pages.render(status, t, "progress", t.t("interaction.progress.title"), "/hdjl/query/" + number,
                progress.view(t, d, notice, problems, sentRating, sentComment));
    }

    private ResponseEntity<String> query(HttpStatus status, HallText t, String number, String message) {
        return pages.render(status, t, "query", t.t("interaction.query.title"), "/hdjl/query",
                new HallViews.Query(number, message));
    }


    private static String noticeKey(String number) {
        return PROVEN + "." + number;
    }

    private static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }
}
