package org.zhengwu.services.internal.rating;

/** An applicant's name as 办件公示 shows it: the first and the last character kept, the rest starred (王*明, 李*). */
final class NameMask {

    private NameMask() {
    }

    static String mask(String name) {
        String n = name == null ? "" : name.strip();
        int length = n.codePointCount(0, n.length());
        if (length == 0) {
            return "";
        }
        String first = new String(Character.toChars(n.codePointAt(0)));
        if (length <= 2) {
            return first + "*";
        }
        String last = new String(Character.toChars(n.codePointBefore(n.length())));
        return first + "*".repeat(length - 2) + last;
    }
}
