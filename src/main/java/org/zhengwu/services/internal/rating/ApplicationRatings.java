package org.zhengwu.services.internal.rating;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.services.internal.application.ApplicationState;
import org.zhengwu.services.internal.application.InvalidApplication;
import org.zhengwu.services.internal.application.Problem;

/**
 * 好差评: the applicant rates a finished (办结) application once, through the look-up (the caller has proven the
 * number and its query code). 不满意 and 非常不满意 need a reason and open a rectification (整改) for the unit on the
 * case engine in the same transaction. Every refusal names its problem and changes nothing.
 */
@Service
public class ApplicationRatings {

    public static final int MAX_REASON = 500;

    /** The rating shown on the look-up page, if given. */
    public record Given(RatingLevel level, String reason, OffsetDateTime at) {
    }

    private final RatingStore store;
    private final ServiceItems items;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    ApplicationRatings(RatingStore store, ServiceItems items, Cases cases, AuditTrail audit, Clock clock,
                       PlatformTransactionManager transactions) {
        this.store = store;
        this.items = items;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    public Optional<Given> given(String number) {
        return store.application(number).flatMap(a -> store.rating(a.id()))
                .map(r -> new Given(r.level(), r.reason(), r.at()));
    }

    /** Whether the application may be rated now: finished and not rated yet. */
    public boolean open(String number) {
        return store.application(number).filter(a -> a.state() == ApplicationState.DONE)
                .filter(a -> store.rating(a.id()).isEmpty()).isPresent();
    }

    /** Rates; {@code level} as the form sent it. */
    public void rate(String number, String level, String reason) {
        RatingStore.Rated a = store.application(number)
                .orElseThrow(() -> refused(null, "service.rating.not-found"));
        if (a.state() != ApplicationState.DONE) {
            throw refused(null, "service.rating.not-done");
        }
        if (store.rating(a.id()).isPresent()) {
            throw refused(null, "service.rating.already");
        }
        String text = reason == null ? "" : reason.strip();
        List<Problem> problems = new ArrayList<>();
        Optional<RatingLevel> l = RatingLevel.typed(level);
        if (l.isEmpty()) {
            problems.add(new Problem("level", "service.rating.level.required"));
        } else if (l.get().bad() && text.isEmpty()) {
            problems.add(new Problem("reason", "service.rating.reason.required"));
        }
        if (text.length() > MAX_REASON) {
            problems.add(new Problem("reason", "service.rating.reason.too-long", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplication(problems);
        }
        try {
            tx.executeWithoutResult(s -> save(a, l.get(), text));
        } catch (DuplicateKeyException e) {
            throw refused(null, "service.rating.already");
        }
    }

    private void save(RatingStore.Rated a, RatingLevel level, String reason) {
        store.insertRating(a, level, reason, OffsetDateTime.now(clock));
        if (level.bad()) {
            String item = items.byId(a.itemId()).map(i -> i.name()).orElse("");
            String subject = ("差评整改：" + item);
            long caseId = cases.open(new NewCase(RectificationType.CODE, a.number(),
                    subject.length() > 200 ? subject.substring(0, 200) : subject, level.name(), a.unitId(),
                    RectificationType.WORKING_DAYS));
            store.insertRectification(a, caseId);
        }
        audit.record(AuditEvent.of("services.application.rating", "application", a.number(), a.unitId(),
                level.name() + (level.bad() ? "，已转整改" : "")));
    }

    private static InvalidApplication refused(String field, String key) {
        return new InvalidApplication(List.of(new Problem(field, key)));
    }
}
