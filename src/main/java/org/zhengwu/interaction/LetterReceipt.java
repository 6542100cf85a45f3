package org.zhengwu.interaction;

import java.time.OffsetDateTime;

/**
 * What the writer gets once the letter is stored (the transaction has committed): the tracking number and the query
 * code. The query code exists only here: it is stored as a keyed hash and can never be shown again.
 */
public record LetterReceipt(String trackingNumber, String queryCode, String mailboxCode, String mailboxName,
                            OffsetDateTime submittedAt) {
}
