package org.zhengwu.interaction.internal;

import java.util.List;
import java.util.Optional;
import org.zhengwu.cases.CaseEvent;
import org.zhengwu.cases.CaseView;
import org.zhengwu.interaction.Mailbox;

/**
 * Everything about one letter, for a page that shows it.
 *
 * @param writer the writer's personal data, decrypted; null for whoever may not see it
 */
public record LetterDossier(LetterRecord letter, Mailbox mailbox, CaseView caseView,
                            List<LetterAttachment> attachments, List<SentAnswer> answers, List<LetterRating> ratings,
                            List<CaseEvent> history, Writer writer) {

    /** The writer as decrypted for the staff who may see them. */
    public record Writer(String name, String phone, String email) {
    }

    public Optional<LetterRating> ratingOf(int round) {
        return ratings.stream().filter(r -> r.round() == round).findFirst();
    }

    /** Whether the answer last sent waits for the writer's rating. */
    public boolean awaitsRating() {
        return letter.state() == org.zhengwu.interaction.LetterState.ANSWERED && ratingOf(letter.answerRound()).isEmpty();
    }
}
