package org.zhengwu.interaction.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.zhengwu.interaction.LetterState;

/**
 * A letter's row. The writer's name, phone and e-mail are as stored: FieldCipher values, decrypted only for the staff
 * who may see them ({@link LetterAccess}). State, unit and deadline mirror the case for the queues; the case engine
 * is the authority.
 *
 * @param answerRound how many answers were sent (0, 1, or 2 after a reopening)
 * @param reviewNote  the reason the unit's leader gave when returning the current answer; null otherwise
 */
public record LetterRecord(long id, String trackingNumber, String queryCodeHash, long mailboxId, long caseId,
                           String subject, String body, boolean publicWish, String writerName, String writerPhone,
                           String writerEmail, OffsetDateTime submittedAt, LetterState state, Long unitId,
                           LocalDate deadline, String answer, OffsetDateTime answerSavedAt, OffsetDateTime answeredAt,
                           int answerRound, boolean reopened, String reviewNote, RefusalKind refusalKind,
                           String refusalReason) {
}
