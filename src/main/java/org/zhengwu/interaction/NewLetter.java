package org.zhengwu.interaction;

import java.util.List;

/**
 * A letter as a citizen writes it, from the hall's form or from another channel (Open311). Every field is checked as
 * typed: see {@link Letters#submit}.
 *
 * @param mailboxCode the mailbox written to (enabled)
 * @param email       optional
 * @param publicWish  whether the writer agrees that the letter and its answer are published (personal data removed)
 * @param files       at most 3 attachments; may be empty
 */
public record NewLetter(String mailboxCode, String name, String phone, String email, String subject, String text,
                        boolean publicWish, List<LetterFile> files) {

    public NewLetter {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
