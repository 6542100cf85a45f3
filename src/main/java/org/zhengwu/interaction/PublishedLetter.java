package org.zhengwu.interaction;

import java.time.OffsetDateTime;

/**
 * A published letter as the public sees it: the confirmed, redacted texts only.
 *
 * @param unitId      the unit that answered it
 * @param unitName    its name at the time of reading
 * @param subject     the redacted subject
 * @param text        the redacted letter
 * @param answer      the redacted answer, as sent (the last answer confirmed for publication)
 * @param answeredAt  when that answer was sent
 * @param publishedAt when the leader confirmed publication
 */
public record PublishedLetter(String trackingNumber, String mailboxCode, String mailboxName, long unitId,
                              String unitName, String subject, String text, String answer, OffsetDateTime submittedAt,
                              OffsetDateTime answeredAt, OffsetDateTime publishedAt) {
}
