package org.zhengwu.interaction;

import java.util.List;

/**
 * Implemented by other modules to put their links and buttons on the console page of a letter (see {@link
 * LetterLink}); asked for the letter being shown to the signed-in staff member, who may see it.
 */
public interface LetterLinks {

    List<LetterLink> forLetter(String trackingNumber);
}
