package org.zhengwu.interaction;

import java.util.List;

/** One page of {@link PublishedLetters#list}: the letters and how many match in all. */
public record PublishedLetterPage(List<PublishedLetter> letters, long total, int offset, int limit) {

    public PublishedLetterPage {
        letters = List.copyOf(letters);
    }

    public boolean hasNext() {
        return offset + letters.size() < total;
    }
}
