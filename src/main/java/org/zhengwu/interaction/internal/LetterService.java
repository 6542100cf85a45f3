package org.zhengwu.interaction.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.interaction.LetterFilter;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.LetterStatus;
import org.zhengwu.interaction.LetterSummary;
import org.zhengwu.interaction.Letters;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/** {@link Letters}: the intake for other channels, and statuses that carry no text and no personal data. */
@Service
class LetterService implements Letters {

    private final LetterIntake intake;
    private final LetterStore store;
    private final Mailboxes mailboxes;
    private final SiteDirectory sites;

    LetterService(LetterIntake intake, LetterStore store, Mailboxes mailboxes, SiteDirectory sites) {
        this.intake = intake;
        this.store = store;
        this.mailboxes = mailboxes;
        this.sites = sites;
    }

    @Override
    public LetterReceipt submit(NewLetter letter) {
        return intake.submit(letter);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LetterStatus> status(String trackingNumber) {
        return TrackingNumbers.trackingNumber(trackingNumber).flatMap(store::byTrackingNumber).map(l -> {
            Mailbox box = mailboxes.byId(l.mailboxId()).orElseThrow();
            String unit = l.unitId() == null ? null : sites.unit(l.unitId()).map(Unit::name).orElse(null);
            return new LetterStatus(l.trackingNumber(), box.code(), box.name(), l.state(), l.submittedAt(), unit,
                    l.state().phase() == CasePhase.OPEN ? l.deadline() : null, l.answeredAt(), l.publicWish());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<LetterSummary> list(LetterFilter f) {
        Long mailboxId = null;
        if (f.mailboxCode() != null) {
            Optional<Mailbox> box = mailboxes.byCode(f.mailboxCode());
            if (box.isEmpty()) {
                return List.of();
            }
            mailboxId = box.get().id();
        }
        List<LetterRecord> rows = store.list(new LetterStore.Query(f.state() == null ? null : Set.of(f.state()), null,
                mailboxId, f.from(), f.to(), false, f.offset(), f.limit()));
        Map<Long, String> codes = mailboxes.all().stream().collect(Collectors.toMap(Mailbox::id, Mailbox::code));
        return rows.stream().map(l -> summary(l, codes)).toList();
    }

    private static LetterSummary summary(LetterRecord l, Map<Long, String> codes) {
        return new LetterSummary(l.trackingNumber(), codes.get(l.mailboxId()), l.state(), l.submittedAt(), l.unitId(),
                l.answeredAt(), l.publicWish());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LetterSummary> unansweredSubmittedBy(java.time.LocalDate lastDay) {
        Map<Long, String> codes = mailboxes.all().stream().collect(Collectors.toMap(Mailbox::id, Mailbox::code));
        return store.list(new LetterStore.Query(Set.of(org.zhengwu.interaction.LetterState.RECEIVED,
                        org.zhengwu.interaction.LetterState.ASSIGNED, org.zhengwu.interaction.LetterState.ANSWER_IN_REVIEW),
                        null, null, null, lastDay, true, 0, Integer.MAX_VALUE)).stream()
                .filter(l -> l.answeredAt() == null).map(l -> summary(l, codes)).toList();
    }
}
