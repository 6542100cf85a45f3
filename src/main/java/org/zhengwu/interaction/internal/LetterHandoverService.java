package org.zhengwu.interaction.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.interaction.HandedLetter;
import org.zhengwu.interaction.LetterHandover;
import org.zhengwu.interaction.Mailbox;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;

/** {@link LetterHandover}: the letter read with its writer decrypted, the hand-over audited. */
@Service
class LetterHandoverService implements LetterHandover {

    private final LetterStore store;
    private final Mailboxes mailboxes;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    LetterHandoverService(LetterStore store, Mailboxes mailboxes, FieldCipher cipher, AuditTrail audit) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Optional<HandedLetter> handOver(String trackingNumber) {
        return TrackingNumbers.trackingNumber(trackingNumber).flatMap(store::byTrackingNumber).map(l -> {
            audit.record(AuditEvent.of("interaction.letter.hand-over", "letter", l.trackingNumber(), l.unitId(),
                    "writer's name and phone handed to the petition office"));
            return new HandedLetter(l.trackingNumber(), mailboxes.byId(l.mailboxId()).map(Mailbox::name).orElse(""),
                    l.subject(), l.body(), cipher.decrypt(l.writerName()), cipher.decrypt(l.writerPhone()),
                    l.submittedAt(), l.unitId());
        });
    }
}
