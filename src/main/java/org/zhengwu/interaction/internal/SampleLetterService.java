package org.zhengwu.interaction.internal;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.interaction.SampleLetter;
import org.zhengwu.interaction.SampleLetters;
import org.zhengwu.interaction.internal.publication.LetterPublication;
import org.zhengwu.interaction.internal.publication.PublicationViews;

/** {@link SampleLetters}: the real intake and steps, taken by the system. */
@Service
class SampleLetterService implements SampleLetters {

    private final LetterIntake intake;
    private final Dispatching dispatching;
    private final Answering answering;
    private final CitizenDesk citizens;
    private final LetterAccess access;
    private final LetterStore store;
    private final Mailboxes mailboxes;
    private final LetterPublication publication;

    SampleLetterService(LetterIntake intake, Dispatching dispatching, Answering answering, CitizenDesk citizens,
                        LetterAccess access, LetterStore store, Mailboxes mailboxes, LetterPublication publication) {
        this.mailboxes = mailboxes;
        this.publication = publication;
        this.intake = intake;
        this.dispatching = dispatching;
        this.answering = answering;
        this.citizens = citizens;
        this.access = access;
        this.store = store;
    }

    @Override
    @Transactional
    public LetterReceipt create(SampleLetter s) {
        if (!access.system()) {
            throw new AccessDeniedException("sample letters are made by the system only");
        }
        LetterReceipt r = intake.submit(new NewLetter(s.mailboxCode(), s.name(), s.phone(), null, s.subject(), s.text(),
                s.publicWish(), List.of()));
        String number = r.trackingNumber();
        if (s.refusalKind() != null) {
            dispatching.refuse(number, s.refusalKind(), s.refusalReason());
            return r;
        }
        if (s.unitId() != null && state(number) == LetterState.RECEIVED) {
            int days = mailboxes.byCode(s.mailboxCode()).orElseThrow().answerDays();
            dispatching.assign(number, s.unitId(), String.valueOf(days));
        }
        if (s.answer() != null) {
            answering.submit(number, s.answer());
            if (!s.answerInReview()) {
                answering.approve(number);
                if (s.rating() != null) {
                    citizens.rate(number, s.rating(), null);
                }
                if (s.published()) {
                    PublicationViews.Proposal p = publication.proposal(number);
                    publication.publish(number, p.subject().text(), p.body().text(), p.answerText().text());
                }
            }
        }
        return r;
    }

    private LetterState state(String number) {
        return store.byTrackingNumber(number).orElseThrow().state();
    }
}
