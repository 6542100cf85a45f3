package org.zhengwu.interaction.internal.publication;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.PublishedLetter;
import org.zhengwu.interaction.PublishedLetterFilter;
import org.zhengwu.interaction.PublishedLetterPage;
import org.zhengwu.interaction.PublishedLetters;
import org.zhengwu.interaction.internal.TrackingNumbers;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/** {@link PublishedLetters}: reads only the confirmed, redacted texts of letter_publication. */
@Service
class PublishedLetterService implements PublishedLetters {

    private final PublicationStore store;
    private final Mailboxes mailboxes;
    private final SiteDirectory sites;

    PublishedLetterService(PublicationStore store, Mailboxes mailboxes, SiteDirectory sites) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.sites = sites;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedLetter> byTrackingNumber(String trackingNumber) {
        Map<Long, Mailbox> boxes = boxes();
        return TrackingNumbers.trackingNumber(trackingNumber).flatMap(store::published).map(p -> letter(p, boxes));
    }

    @Override
    @Transactional(readOnly = true)
    public PublishedLetterPage list(PublishedLetterFilter f) {
        Long mailboxId = null;
        if (f.mailboxCode() != null) {
            Optional<Mailbox> box = mailboxes.byCode(f.mailboxCode());
            if (box.isEmpty()) {
                return new PublishedLetterPage(java.util.List.of(), 0, f.offset(), f.limit());
            }
            mailboxId = box.get().id();
        }
        Map<Long, Mailbox> boxes = boxes();
        long total = store.countPublished(mailboxId, f.unitId(), f.from(), f.to());
        return new PublishedLetterPage(store.published(mailboxId, f.unitId(), f.from(), f.to(), f.offset(), f.limit())
                .stream().map(p -> letter(p, boxes)).toList(), total, f.offset(), f.limit());
    }

    private Map<Long, Mailbox> boxes() {
        return mailboxes.all().stream().collect(Collectors.toMap(Mailbox::id, Function.identity()));
    }

    private PublishedLetter letter(PublicationStore.Published p, Map<Long, Mailbox> boxes) {
        Mailbox box = boxes.get(p.mailboxId());
        return new PublishedLetter(p.trackingNumber(), box.code(), box.name(), p.unitId(),
                sites.unit(p.unitId()).map(Unit::name).orElse(""), p.subject(), p.body(), p.answer(), p.submittedAt(),
                p.answeredAt(), p.publishedAt());
    }
}
