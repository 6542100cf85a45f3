package org.zhengwu.interaction;

import java.util.Optional;

/**
 * Hands a letter over to the petition office: one click on the letter's console page turns it into a petition case
 * (信访件) and keeps the link both ways. The caller (the petitions module) has checked who asks; every hand-over of the
 * writer's personal data is written to the audit log.
 */
public interface LetterHandover {

    /** The letter with its writer's data, for registering it as a petition; empty when there is no such letter. */
    Optional<HandedLetter> handOver(String trackingNumber);
}
