package org.zhengwu.interaction.internal.publication;

/** A letter's three texts that may be published: subject, letter and answer (original or redacted). */
record Texts(String subject, String body, String answer) {
}
