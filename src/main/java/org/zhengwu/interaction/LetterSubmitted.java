package org.zhengwu.interaction;

/** Published after a letter was stored (listeners run after commit). */
public record LetterSubmitted(String trackingNumber, String mailboxCode, Long unitId) {
}
