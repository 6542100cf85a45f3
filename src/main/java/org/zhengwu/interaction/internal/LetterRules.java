package org.zhengwu.interaction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.platform.RuleViolation;

/**
 * The rules for what a citizen types: plain text only, within limits, and a phone number that can be called back.
 * Every field is checked and every problem reported at once, so the writer corrects them in one go. Text is never
 * repaired silently (a script tag is refused, not stripped): the writer sees exactly what will be stored.
 */
public final class LetterRules {

    public static final int MAX_NAME = 50;
    public static final int MAX_SUBJECT = 100;
    public static final int MAX_TEXT = 5000;
    public static final int MAX_EMAIL = 100;
    public static final int MAX_ANSWER = 10000;
    public static final int MAX_REASON = 500;

    /** 13x–19x followed by 9 digits, with an optional +86/86 in front. */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    /** An area code (010 and 02x have three digits, the others four), the number (7 or 8 digits), an extension. */
    private static final Pattern LANDLINE = Pattern.compile("(0(?:[12]\\d|[3-9]\\d{2}))-?([2-9]\\d{6,7})(?:-(\\d{1,6}))?");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");
    /** The start of a tag (<b, </p, <!--, <?xml) or a script address. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z]|<!--|javascript\\s*:|vbscript\\s*:",
            Pattern.CASE_INSENSITIVE);

    /** What was typed, cleaned as far as it is harmless (surrounding spaces, line ends, the phone's spaces). */
    public record Checked(String name, String phone, String email, String subject, String text) {
    }

    private LetterRules() {
    }

    /** Adds every problem of the typed fields to {@code problems}; returns the cleaned values. */
    public static Checked check(NewLetter in, List<LetterProblem> problems) {
        String name = strip(in.name());
        String subject = strip(in.subject());
        String text = lines(in.text()).strip();
        String email = strip(in.email());
        line("name", name, MAX_NAME, problems);
        String phone = phone(in.phone(), problems);
        if (!email.isEmpty()) {
            if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                problems.add(problem("email", "interaction.letter.email.invalid"));
            }
        }
        line("subject", subject, MAX_SUBJECT, problems);
        if (text.isEmpty()) {
            problems.add(problem("text", "interaction.letter.text.required"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(problem("text", "interaction.letter.text.too-long", MAX_TEXT, text.length()));
        } else {
            plain("interaction.letter.text", "text", text, true, problems);
        }
        return new Checked(name, phone, email.isEmpty() ? null : email.toLowerCase(Locale.ROOT), subject, text);
    }

    /**
     * Staff text (an answer, a reason) follows the same rules for control characters; markup is refused too, since
     * it is shown as plain text to the writer.
     *
     * @return the cleaned text; a problem refuses with {@code PREFIX.required}, {@code PREFIX.too-long},
     *         {@code PREFIX.control} or {@code PREFIX.markup}
     */
    public static String staffText(String typed, int max, String keyPrefix) {
        String text = lines(typed).strip();
        List<LetterProblem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(problem("text", keyPrefix + ".required"));
        } else if (text.length() > max) {
            problems.add(problem("text", keyPrefix + ".too-long", max, text.length()));
        } else {
            plain(keyPrefix, "text", text, true, problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems.get(0).key(), problems.get(0).args());
        }
        return text;
    }

    private static void line(String field, String value, int max, List<LetterProblem> problems) {
        if (value.isEmpty()) {
            problems.add(problem(field, "interaction.letter." + field + ".required"));
        } else if (value.length() > max) {
            problems.add(problem(field, "interaction.letter." + field + ".too-long", max, value.length()));
        } else {
            plain("interaction.letter." + field, field, value, false, problems);
        }
    }

    /** Refuses control characters (line breaks only where {@code multiline}), direction overrides and markup. */
    private static void plain(String keyPrefix, String field, String value, boolean multiline, List<LetterProblem> problems) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\t';
            if (lineBreak ? !multiline : invisible(value, i)) {
                problems.add(problem(field, keyPrefix + ".control"));
                return;
            }
        }
        if (MARKUP.matcher(value).find()) {
            problems.add(problem(field, keyPrefix + ".markup"));
        }
    }

    /** A control character, a text-direction override (used to disguise text), a byte-order mark, a lone surrogate. */
    private static boolean invisible(String value, int i) {
        char c = value.charAt(i);
        if (Character.getType(c) == Character.CONTROL || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
    }

    private static String phone(String typed, List<LetterProblem> problems) {
        String p = strip(typed).replace(" ", "").replace("（", "(").replace("）", ")").replace("－", "-");
        p = p.replaceAll("^\\((0\\d{2,3})\\)", "$1-");
        if (p.isEmpty()) {
            problems.add(problem("phone", "interaction.letter.phone.required"));
            return p;
        }
        var mobile = MOBILE.matcher(p.replace("-", ""));
        if (mobile.matches()) {
            return mobile.group(1);
        }
        var landline = LANDLINE.matcher(p);
        if (landline.matches()) {
            return landline.group(1) + "-" + landline.group(2) + (landline.group(3) == null ? "" : "-" + landline.group(3));
        }
        problems.add(problem("phone", "interaction.letter.phone.invalid"));
        return p;
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** Windows and old Mac line ends become \n. */
    static String lines(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static LetterProblem problem(String field, String key, Object... args) {
        return new LetterProblem(field, key, args);
    }
}
