package org.zhengwu.interaction;

/**
 * Made-up letters for the demo (or a trial installation), walked through the same steps and checks as real ones, by
 * the system itself: a signed-in staff member or a citizen's request is refused.
 */
public interface SampleLetters {

    /** Creates the letter and takes it as far as it says; returns its receipt (the query code is shown nowhere else). */
    LetterReceipt create(SampleLetter letter);
}
