package org.zhengwu.interaction;

/**
 * A made-up letter for the demo city, and how far it has come: submitted to {@code mailboxCode}; given to
 * {@code unitId} unless the mailbox routes it there or it is refused; answered with {@code answer} (sent, or still
 * with the unit's leader when {@code answerInReview}); rated by the writer with {@code rating}
 * ({@code SATISFIED}, {@code BASICALLY_SATISFIED}, {@code DISSATISFIED}). Null fields stop the walk there.
 *
 * @param refusalKind {@code SPAM}, {@code ABUSE}, {@code DUPLICATE} or {@code OUT_OF_SCOPE}, with
 *                    {@code refusalReason}: the dispatcher refuses it instead
 * @param published   a public letter whose answer was sent goes on the portal with the redaction's proposal, as if
 *                    its unit's leader had confirmed it (公开)
 * @param receivedDaysAgo the working days before today on which it came in (0: now); it is given to its unit that
 *                    morning, answered {@code handlingDays} working days later and rated that evening, each step
 *                    taken by the real rules at that time
 */
public record SampleLetter(String mailboxCode, String name, String phone, String subject, String text,
                           boolean publicWish, Long unitId, String answer, boolean answerInReview, String rating,
                           String refusalKind, String refusalReason, boolean published, int receivedDaysAgo,
                           int handlingDays) {

    /** A letter that comes in now and is taken as far as it says at once. */
    public SampleLetter(String mailboxCode, String name, String phone, String subject, String text, boolean publicWish,
                        Long unitId, String answer, boolean answerInReview, String rating, String refusalKind,
                        String refusalReason, boolean published) {
        this(mailboxCode, name, phone, subject, text, publicWish, unitId, answer, answerInReview, rating, refusalKind,
                refusalReason, published, 0, 0);
    }
}
