package org.zhengwu.interaction;

/**
 * Something another module offers on the console page of a letter (the petition office's 转为信访件, or the link to
 * the petition made from it), so the hall does not need to know that module: a link to follow, or a button that
 * posts (with the page's CSRF token) to the other module's address, which checks the caller again.
 *
 * @param label the words shown, already in the page's language
 * @param path  a console address under {@code /admin}, or null for words alone (the person may not follow it)
 * @param post  true for a button that posts, false for a link
 */
public record LetterLink(String label, String path, boolean post) {

    public LetterLink {
        if (path != null && !path.startsWith("/admin/")) {
            throw new IllegalArgumentException("a letter link leads into the console: " + path);
        }
    }
}
