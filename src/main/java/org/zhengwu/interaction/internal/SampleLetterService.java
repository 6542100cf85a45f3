package org.zhengwu.interaction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.LetterState;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.interaction.SampleLetter;
import org.zhengwu.interaction.SampleLetters;
import org.zhengwu.interaction.internal.publication.LetterPublication;
import org.zhengwu.interaction.internal.publication.PublicationViews;
import org.zhengwu.platform.ApplicationClock;

/**
 * {@link SampleLetters}: the real intake and steps, taken by the system. A letter of the past goes through them at
 * the times it says (the application clock set back for this thread only, see {@link ApplicationClock#asOf}), so its
 * dates, deadline and handling days are what the rules make of those times, and the statistics show real figures.
 */
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
    private final ApplicationClock clock;
    private final WorkingDays workingDays;

    SampleLetterService(LetterIntake intake, Dispatching dispatching, Answering answering, CitizenDesk citizens,
                        LetterAccess access, LetterStore store, Mailboxes mailboxes, LetterPublication publication,
                        ApplicationClock clock, WorkingDays workingDays) {
        this.clock = clock;
        this.workingDays = workingDays;
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
        Times at = times(s);
        LetterReceipt r = at.received(() -> intake.submit(new NewLetter(s.mailboxCode(), s.name(), s.phone(), null,
                s.subject(), s.text(), s.publicWish(), List.of())));
        String number = r.trackingNumber();
        if (s.refusalKind() != null) {
            at.assigned(() -> dispatching.refuse(number, s.refusalKind(), s.refusalReason()));
            return r;
        }
        if (s.unitId() != null && state(number) == LetterState.RECEIVED) {
            int days = mailboxes.byCode(s.mailboxCode()).orElseThrow().answerDays();
            at.assigned(() -> dispatching.assign(number, s.unitId(), String.valueOf(days)));
        }
        if (s.answer() != null) {
            at.answered(() -> answering.submit(number, s.answer()));
            if (!s.answerInReview()) {
                at.answered(() -> answering.approve(number));
                if (s.rating() != null) {
                    at.rated(() -> citizens.rate(number, s.rating(), null));
                }
                if (s.published()) {
                    at.rated(() -> {
                        PublicationViews.Proposal p = publication.proposal(number);
                        publication.publish(number, p.subject().text(), p.body().text(), p.answerText().text());
                    });
                }
            }
        }
        return r;
    }

    /** When each step of the letter happens: now, or on the working days it names (never later than now). */
    private Times times(SampleLetter s) {
        if (s.receivedDaysAgo() <= 0) {
            return new Times(clock, null, null);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate received = today;
        for (int back = s.receivedDaysAgo(); back > 0; ) {
            received = received.minusDays(1);
            if (workingDays.isWorkingDay(received)) {
                back--;
            }
        }
        LocalDate answered = workingDays.addWorkingDays(received, Math.max(0, s.handlingDays()));
        return new Times(clock, received, answered.isAfter(today) ? today : answered);
    }

    /** Runs each step at its moment of the letter's history. */
    private record Times(ApplicationClock clock, LocalDate received, LocalDate answered) {

        <T> T received(Supplier<T> step) {
            return at(received, LocalTime.of(9, 30), step);
        }

        void assigned(Runnable step) {
            at(received, LocalTime.of(10, 30), step);
        }

        void answered(Runnable step) {
            at(answered, LocalTime.of(15, 0), step);
        }

        void rated(Runnable step) {
            at(answered, LocalTime.of(17, 30), step);
        }

        private void at(LocalDate day, LocalTime time, Runnable step) {
            at(day, time, () -> {
                step.run();
                return null;
            });
        }

        private <T> T at(LocalDate day, LocalTime time, Supplier<T> step) {
            if (day == null) {
                return step.get();
            }
            Instant when = day.atTime(time).atZone(clock.getZone()).toInstant();
            Instant now = clock.instant();
            return clock.asOf(when.isAfter(now) ? now : when, step);
        }
    }

    private LetterState state(String number) {
        return store.byTrackingNumber(number).orElseThrow().state();
    }
}
