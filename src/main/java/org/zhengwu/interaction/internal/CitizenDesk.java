package org.zhengwu.interaction.internal;

import org.zhengwu.platform.crypto.QueryCodes;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.platform.RuleViolation;

/**
 * The writer's side: proving to hold a letter (tracking number and query code) and rating its answer. A wrong pair,
 * an unknown number and a malformed one are told apart by nobody: the caller gets empty and the same work is done.
 */
@Service
public class CitizenDesk {

    public static final int MAX_COMMENT = 500;

    private final LetterStore store;
    private final LetterSteps steps;
    private final QueryCodes queryCodes;
    private final Cases cases;
    private final Mailboxes mailboxes;

    CitizenDesk(LetterStore store, LetterSteps steps, QueryCodes queryCodes, Cases cases, Mailboxes mailboxes) {
        this.store = store;
        this.steps = steps;
        this.queryCodes = queryCodes;
        this.cases = cases;
        this.mailboxes = mailboxes;
    }

    /** The letter's tracking number in its stored form when the pair belongs together; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<String> verify(String typedNumber, String typedCode) {
        String number = TrackingNumbers.trackingNumber(typedNumber).orElse("");
        String code = TrackingNumbers.queryCode(typedCode).orElse("");
        String storedHash = number.isEmpty() ? null : store.byTrackingNumber(number).map(LetterRecord::queryCodeHash).orElse(null);
        return queryCodes.matches(number, code, storedHash) ? Optional.of(number) : Optional.empty();
    }

    /** What a rating did. */
    public record Rated(Rating rating, boolean reopened) {
    }

    /**
     * Rates the answer last sent (the caller has verified the writer). The first dissatisfied rating reopens the
     * letter: the same unit answers again within the mailbox's time limit, counted from today.
     */
    @Transactional
    public Rated rate(String trackingNumber, String ratingText, String comment) {
        LetterRecord letter = steps.lock(trackingNumber);
        Rating rating;
        try {
            rating = Rating.valueOf(ratingText == null ? "" : ratingText.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("interaction.rating.required");
        }
        String note = comment == null || comment.isBlank() ? null
                : LetterRules.staffText(comment, MAX_COMMENT, "interaction.rating.comment");
        List<LetterRating> ratings = store.ratings(letter.id());
        boolean rated = ratings.stream().anyMatch(r -> r.round() == letter.answerRound());
        Optional<LetterState> next = LetterFlow.afterRating(letter.state(), rated, letter.reopened(), rating);
        store.insertRating(letter.id(), letter.answerRound(), rating, note, steps.now());
        steps.audit("interaction.letter.rate", letter, letter.unitId(), "第 " + letter.answerRound() + " 次答复：" + rating);
        if (next.isEmpty()) {
            return new Rated(rating, false);
        }
        int days = mailboxes.byId(letter.mailboxId()).orElseThrow().answerDays();
        CaseView c = cases.move(letter.caseId(), new CaseStep(next.get().name(), "来信人对答复不满意，重新办理", days));
        store.reopened(letter.id(), steps.now());
        steps.audit("interaction.letter.reopen", letter, letter.unitId(), "新期限 " + c.deadline());
        steps.mirror(letter, c);
        return new Rated(rating, true);
    }
}
