package org.zhengwu.interaction.internal.publication;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.zhengwu.interaction.internal.LetterDossier;
import org.zhengwu.interaction.internal.SentAnswer;

/** What the console's publication pages show. */
public final class PublicationViews {

    private PublicationViews() {
    }

    /** A letter waiting for the leader's decision. */
    public record Waiting(String trackingNumber, String subject, String mailboxName, OffsetDateTime answeredAt,
                          boolean decidedBefore) {
    }

    /** A piece of a redacted text: plain, or a mask (with the message key of what it hides). */
    public record Piece(String text, String maskKey) {

        public boolean mask() {
            return maskKey != null;
        }
    }

    /** A redacted text: the pieces for showing the masks, and the whole for the edit form. */
    public record Marked(String text, List<Piece> pieces, int masks) {
    }

    /** The confirmed texts of a letter on the portal. */
    public record Confirmed(String subject, String body, String answer) {
    }

    /**
     * The publication page of one letter.
     *
     * @param decision   PUBLISHED or WITHHELD, null before any decision
     * @param stale      the decision was taken on an earlier answer: a new one was sent since
     * @param confirmed  the texts on the portal now, or null
     */
    public record Proposal(LetterDossier dossier, SentAnswer answer, Marked subject, Marked body, Marked answerText,
                           String decision, String reason, String decidedBy, OffsetDateTime decidedAt, boolean stale,
                           Confirmed confirmed) {

        /** What the edit form starts from: the texts on the portal, else the proposal. */
        public Confirmed form() {
            return confirmed != null && !stale ? confirmed : new Confirmed(subject.text(), body.text(), answerText.text());
        }
    }

    static Marked marked(Redaction.Redacted r) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Redaction.Mask m : r.masks()) {
            if (m.start() > at) {
                pieces.add(new Piece(r.text().substring(at, m.start()), null));
            }
            pieces.add(new Piece(r.text().substring(m.start(), m.end()),
                    "interaction.publication.mask." + m.kind().name()));
            at = m.end();
        }
        if (at < r.text().length()) {
            pieces.add(new Piece(r.text().substring(at), null));
        }
        return new Marked(r.text(), List.copyOf(pieces), r.masks().size());
    }
}
