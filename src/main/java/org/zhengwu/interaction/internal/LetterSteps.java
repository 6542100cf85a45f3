package org.zhengwu.interaction.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.web.NotFound;

/**
 * What every step on a letter does around its own decision: lock the letter, keep the mirror of the case, audit.
 * The mirror is brought up to date before each step, so a move made on the engine's own pages (a transfer, a
 * return) is never missed by the letter's rules.
 */
@Component
class LetterSteps {

    private final LetterStore store;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;

    LetterSteps(LetterStore store, Cases cases, AuditTrail audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letter, locked for the rest of the transaction, as its case stands. */
    LetterRecord lock(String trackingNumber) {
        LetterRecord letter = store.lock(trackingNumber)
                .orElseThrow(() -> new NotFound("interaction.letter.not-found", trackingNumber));
        return current(letter);
    }

    /** The letter with its mirror brought up to date with the case, if the case moved elsewhere. */
    LetterRecord current(LetterRecord letter) {
        CaseView c = cases.find(letter.caseId()).orElseThrow();
        boolean same = letter.state().name().equals(c.state()) && Objects.equals(letter.unitId(), c.ownerUnitId())
                && Objects.equals(letter.deadline(), c.deadline());
        return same ? letter : mirror(letter, c);
    }

    /** The letter as the case is after a step. */
    LetterRecord mirror(LetterRecord letter, CaseView c) {
        store.mirror(letter.id(), LetterState.valueOf(c.state()), c.ownerUnitId(), c.deadline(), now());
        return store.byId(letter.id()).orElseThrow();
    }

    void audit(String action, LetterRecord letter, Long unitId, String detail) {
        audit.record(AuditEvent.of(action, "letter", letter.trackingNumber(), unitId, detail));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A number of working days as typed, within the bounds a step allows. */
    static int days(String typed, int min, int max, String key) {
        try {
            int n = Integer.parseInt(typed == null ? "" : typed.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RuleViolation(key, min, max);
    }
}
