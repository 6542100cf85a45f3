package org.zhengwu.platform.console;

/**
 * A count of the person's work on the console home, with the queue it links to.
 *
 * @param labelKey message key of the label (e.g. 待我审核的稿件)
 * @param path the queue's address
 * @param work whether it adds to the to-do count in the top bar (a count that is a part of another, such as the
 *             overdue letters among the letters due, does not)
 */
public record TodoCount(String labelKey, long count, String path, boolean work) {

    public static TodoCount work(String labelKey, long count, String path) {
        return new TodoCount(labelKey, count, path, true);
    }

    public static TodoCount part(String labelKey, long count, String path) {
        return new TodoCount(labelKey, count, path, false);
    }
}
