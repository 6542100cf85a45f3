package org.zhengwu.interaction.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.Cases;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.internal.LetterAccess.Action;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.web.NotFound;

/**
 * Reads a letter for a page: for its writer (who proved to hold it; no personal data is decrypted, they typed it),
 * or for staff who may see it (the writer's data decrypted for them alone). Not read-only: reading brings the
 * letter's mirror of its case up to date.
 */
@Service
public class LetterReading {

    private final LetterStore store;
    private final LetterSteps steps;
    private final LetterAccess access;
    private final Mailboxes mailboxes;
    private final Cases cases;
    private final FieldCipher cipher;

    LetterReading(LetterStore store, LetterSteps steps, LetterAccess access, Mailboxes mailboxes, Cases cases,
                  FieldCipher cipher) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.mailboxes = mailboxes;
        this.cases = cases;
        this.cipher = cipher;
    }

    /** For the writer, who has shown tracking number and query code. */
    @Transactional
    public Optional<LetterDossier> forWriter(String trackingNumber) {
        return store.byTrackingNumber(trackingNumber).map(l -> dossier(steps.current(l), false));
    }

    /** For staff: 404 when there is no such letter, 403 (audited) when the letter is not theirs to see. */
    @Transactional
    public LetterDossier forStaff(String trackingNumber) {
        LetterRecord letter = TrackingNumbers.trackingNumber(trackingNumber).flatMap(store::byTrackingNumber)
                .map(steps::current)
                .orElseThrow(() -> new NotFound("interaction.letter.not-found", String.valueOf(trackingNumber)));
        access.require(letter, Action.VIEW);
        return dossier(letter, true);
    }

    /** An attachment of a letter the staff member may see. */
    @Transactional
    public Optional<LetterAttachment> attachment(String trackingNumber, int seqNo) {
        LetterDossier d = forStaff(trackingNumber);
        return d.attachments().stream().filter(a -> a.seqNo() == seqNo).findFirst();
    }

    private LetterDossier dossier(LetterRecord l, boolean staff) {
        LetterDossier.Writer writer = staff ? new LetterDossier.Writer(cipher.decrypt(l.writerName()),
                cipher.decrypt(l.writerPhone()), cipher.decrypt(l.writerEmail())) : null;
        return new LetterDossier(l, mailboxes.byId(l.mailboxId()).orElseThrow(), cases.find(l.caseId()).orElseThrow(),
                store.attachments(l.id()), store.answers(l.id()), store.ratings(l.id()), cases.history(l.caseId()), writer);
    }
}
