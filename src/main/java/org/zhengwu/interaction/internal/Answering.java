package org.zhengwu.interaction.internal;

import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.interaction.LetterAnswered;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.internal.LetterAccess.Action;
import org.zhengwu.interaction.internal.LetterFlow.Step;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffPrincipal;

/**
 * The unit's steps on the answer: the handler (办件人) saves a draft and submits it; the unit's leader (单位审核人)
 * approves it, and it is sent to the writer, or returns it with a reason.
 */
@Service
public class Answering {

    /** Who approved an answer the system sent (a sample letter). */
    static final String SYSTEM = "系统";

    private final LetterSteps steps;
    private final LetterAccess access;
    private final LetterStore store;
    private final Cases cases;
    private final Mailboxes mailboxes;
    private final ApplicationEventPublisher events;

    Answering(LetterSteps steps, LetterAccess access, LetterStore store, Cases cases, Mailboxes mailboxes,
              ApplicationEventPublisher events) {
        this.steps = steps;
        this.access = access;
        this.store = store;
        this.cases = cases;
        this.mailboxes = mailboxes;
        this.events = events;
    }

    /** Keeps the draft; the letter stays where it is. */
    @Transactional
    public LetterRecord save(String trackingNumber, String answer) {
        LetterRecord letter = steps.lock(trackingNumber);
        access.require(letter, Action.ANSWER);
        String text = draft(letter, answer);
        store.saveAnswer(letter.id(), text, steps.now());
        steps.audit("interaction.letter.answer.save", letter, letter.unitId(), text.length() + " 字");
        return store.byId(letter.id()).orElseThrow();
    }

    /** Keeps the answer and sends it to the unit's leader; the handler is named on the case. */
    @Transactional
    public LetterRecord submit(String trackingNumber, String answer) {
        LetterRecord letter = steps.lock(trackingNumber);
        Optional<StaffPrincipal> me = access.require(letter, Action.ANSWER);
        String text = draft(letter, answer);
        LetterState to = LetterFlow.next(letter.state(), Step.SUBMIT_ANSWER, letter.reopened());
        store.saveAnswer(letter.id(), text, steps.now());
        store.setReviewNote(letter.id(), null, steps.now());
        Long handler = cases.find(letter.caseId()).orElseThrow().handlerAccountId();
        if (me.isPresent() && !Objects.equals(handler, me.get().accountId())) {
            cases.setHandler(letter.caseId(), me.get().accountId());
        }
        CaseView c = cases.move(letter.caseId(), CaseStep.to(to.name(), ""));
        steps.audit("interaction.letter.answer.submit", letter, letter.unitId(), text.length() + " 字");
        return steps.mirror(letter, c);
    }

    /** The answer is sent: the writer sees it with the tracking number and query code. */
    @Transactional
    public LetterRecord approve(String trackingNumber) {
        LetterRecord letter = steps.lock(trackingNumber);
        String approver = access.require(letter, Action.REVIEW).map(StaffPrincipal::displayName).orElse(SYSTEM);
        LetterState to = LetterFlow.next(letter.state(), Step.APPROVE_ANSWER, letter.reopened());
        if (letter.answer() == null || letter.answer().isBlank()) {
            throw new RuleViolation("interaction.letter.answer.required");
        }
        int round = letter.answerRound() + 1;
        CaseView c = cases.move(letter.caseId(), CaseStep.to(to.name(), ""));
        store.insertAnswer(letter.id(), round, letter.answer(), letter.unitId(), approver, steps.now());
        store.answered(letter.id(), round, steps.now());
        steps.audit("interaction.letter.answer.approve", letter, letter.unitId(), "第 " + round + " 次答复已发送");
        String mailbox = mailboxes.byId(letter.mailboxId()).orElseThrow().code();
        events.publishEvent(new LetterAnswered(letter.trackingNumber(), mailbox, letter.unitId(), round, letter.publicWish()));
        return steps.mirror(letter, c);
    }

    /** Back to the handler with the reason, which the handler sees above the answer. */
    @Transactional
    public LetterRecord returnAnswer(String trackingNumber, String reason) {
        LetterRecord letter = steps.lock(trackingNumber);
        access.require(letter, Action.REVIEW);
        LetterState to = LetterFlow.next(letter.state(), Step.RETURN_ANSWER, letter.reopened());
        String why = LetterRules.staffText(reason, LetterRules.MAX_REASON, "interaction.letter.review.reason");
        CaseView c = cases.move(letter.caseId(), CaseStep.to(to.name(), why));
        store.setReviewNote(letter.id(), why, steps.now());
        steps.audit("interaction.letter.answer.return", letter, letter.unitId(), why);
        return steps.mirror(letter, c);
    }

    /** A draft may be kept while the unit works on the letter. */
    private static String draft(LetterRecord letter, String answer) {
        if (!LetterFlow.allows(letter.state(), Step.SUBMIT_ANSWER, letter.reopened())) {
            throw new RuleViolation("interaction.letter.step.SUBMIT_ANSWER.refused");
        }
        return LetterRules.staffText(answer, LetterRules.MAX_ANSWER, "interaction.letter.answer");
    }
}
