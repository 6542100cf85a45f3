package org.zhengwu.interaction.internal.web;

/** The write form as typed, to show again when it is refused (files cannot be kept: the browser forbids it). */
public record LetterForm(String name, String phone, String email, String subject, String text, String publicWish) {

    public static LetterForm empty() {
        return new LetterForm("", "", "", "", "", "no");
    }

    public LetterForm {
        name = orEmpty(name);
        phone = orEmpty(phone);
        email = orEmpty(email);
        subject = orEmpty(subject);
        text = orEmpty(text);
        publicWish = "yes".equals(publicWish) ? "yes" : "no";
    }

    public boolean isPublic() {
        return "yes".equals(publicWish);
    }

    /** Characters typed, as the limits count them. */
    public int textLength() {
        return text.replace("\r\n", "\n").strip().length();
    }

    public int subjectLength() {
        return subject.strip().length();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
