package org.zhengwu.interaction;

import java.time.OffsetDateTime;

/**
 * A letter as the petition office takes it over (网上信访): the writer's name and phone decrypted, for a module that
 * keeps them encrypted again and shows them only to those who may see them.
 */
public record HandedLetter(String trackingNumber, String mailboxName, String subject, String body, String writerName,
                           String writerPhone, OffsetDateTime submittedAt, Long unitId) {
}
