package org.zhengwu.interaction;

/** Published when a unit's leader approved an answer and it was sent to the writer (listeners run after commit). */
public record LetterAnswered(String trackingNumber, String mailboxCode, long unitId, int round, boolean publicWish) {
}
