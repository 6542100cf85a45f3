package org.zhengwu.interaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A letter's public status, as anybody holding its tracking number may see it: no text (the subject and the letter
 * may carry personal data; published letters come redacted from the publication pages), never the writer's name,
 * phone, e-mail or address.
 *
 * @param unitName    the unit that has it (or answered it); null while with the dispatcher
 * @param deadline    the last working day for the answer while a unit has it; null otherwise
 * @param answeredAt  when the (last) answer was sent; null before
 * @param publicWish  whether the writer agreed to publication
 */
public record LetterStatus(String trackingNumber, String mailboxCode, String mailboxName, LetterState state,
                           OffsetDateTime submittedAt, String unitName, LocalDate deadline, OffsetDateTime answeredAt,
                           boolean publicWish) {
}
