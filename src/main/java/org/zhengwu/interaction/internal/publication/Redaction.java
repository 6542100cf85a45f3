package org.zhengwu.interaction.internal.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwu.checks.PersonalNumbers;

/**
 * Removes personal data from a letter's texts before publication (信件公开脱敏): the writer's name and given name,
 * other personal names ({@link PersonalNames}), mobile and landline numbers, ID-card and bank card numbers (the checks
 * module's recognisers), e-mail addresses, licence plates and detailed addresses ({@link DetailedAddresses}). Each
 * find is replaced by a readable mask that keeps the sentence readable: 王** / 138****5678 / 清河市**路**号 /
 * 0531-****4321 / w***@example.com / 鲁B*****. Numbers that are not personal (a document number 国办发〔2017〕47号, a
 * date, an amount, the 12345 hotline) are kept.
 *
 * <p>It proposes; the unit's leader confirms or edits. Names are found as names, where the sentence says they are
 * ({@link PersonalNames}), never a surname character alone; a name without such a context may slip through (see
 * RedactionTestSetTest for what is measured): the leader sees every mask highlighted beside the original.
 */
final class Redaction {

    /** What a mask hides; labels are {@code interaction.publication.mask.NAME}. */
    enum Kind {
        NAME, MOBILE, LANDLINE, ID_NUMBER, BANK_CARD, EMAIL, PLATE, ADDRESS
    }

    /** Something found at {@code [start, end)} of the original, and what replaces it. */
    record Hit(Kind kind, int start, int end, String mask) {
    }

    /** A mask at {@code [start, end)} of the redacted text. */
    record Mask(Kind kind, int start, int end) {
    }

    /** The redacted text and where its masks are (for highlighting them). */
    record Redacted(String text, List<Mask> masks) {
    }

    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(0[1-9][0-9]{1,2})[-－ ]?([0-9]{7,8})(?![0-9])");
    private static final Pattern LOCAL_LANDLINE = Pattern.compile(
            "(?:电话|座机|固话|联系方式|号码)(?:号码|是|为)?[：:\\s]*([2-8][0-9]{6,7})(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
    private static final Pattern PLATE = Pattern.compile(
            "([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])([A-HJ-NP-Z])[·・ ]?([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])");

    private Redaction() {
    }

    /**
     * The text with every personal datum masked.
     *
     * @param writerName the writer's own name (masked wherever it appears, and its given name alone); may be null
     */
    static Redacted redact(String text, String writerName) {
        if (text == null || text.isEmpty()) {
            return new Redacted(text == null ? "" : text, List.of());
        }
        return apply(text, find(text, writerName));
    }

    /**
     * What will be masked in the text: every personal datum found, in text order, the earliest (and at the same place
     * the longest) winning where two overlap.
     */
    static List<Hit> find(String text, String writerName) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = findAll(text, writerName);
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Hit> kept = new ArrayList<>();
        int at = 0;
        for (Hit h : hits) {
            if (h.start() >= at) {
                kept.add(h);
                at = h.end();
            }
        }
        return kept;
    }

    private static List<Hit> findAll(String text, String writerName) {
        List<Hit> hits = new ArrayList<>();
        for (PersonalNumbers.Found f : PersonalNumbers.find(text)) {
            String found = text.substring(f.start(), f.end());
            hits.add(switch (f.kind()) {
                case MOBILE_NUMBER -> new Hit(Kind.MOBILE, f.start(), f.end(), mobile(found));
                case ID_NUMBER -> new Hit(Kind.ID_NUMBER, f.start(), f.end(), keep(found, 3, 4));
                case BANK_CARD -> new Hit(Kind.BANK_CARD, f.start(), f.end(), bankCard(found));
            });
        }
        Matcher m = LANDLINE.matcher(text);
        while (m.find()) {
            hits.add(new Hit(Kind.LANDLINE, m.start(), m.end(), m.group(1) + "-" + keep(m.group(2), 0, 4)));
        }
        m = LOCAL_LANDLINE.matcher(text);
        while (m.find()) {
            hits.add(new Hit(Kind.LANDLINE, m.start(1), m.end(1), keep(m.group(1), 0, 4)));
        }
        m = EMAIL.matcher(text);
        while (m.find()) {
            hits.add(new Hit(Kind.EMAIL, m.start(), m.end(), m.group(1).charAt(0) + "***@" + m.group(2)));
        }
        m = PLATE.matcher(text);
        while (m.find()) {
            hits.add(new Hit(Kind.PLATE, m.start(), m.end(), m.group(1) + m.group(2) + "*****"));
        }
        hits.addAll(DetailedAddresses.find(text));
        hits.addAll(PersonalNames.find(text, writerName));
        return hits;
    }

    /** Replaces the hits, which do not overlap and are in text order. */
    private static Redacted apply(String text, List<Hit> hits) {
        StringBuilder out = new StringBuilder(text.length());
        List<Mask> masks = new ArrayList<>();
        int at = 0;
        for (Hit h : hits) {
            out.append(text, at, h.start());
            masks.add(new Mask(h.kind(), out.length(), out.length() + h.mask().length()));
            out.append(h.mask());
            at = h.end();
        }
        out.append(text, at, text.length());
        return new Redacted(out.toString(), List.copyOf(masks));
    }

    /** 138****5678, whatever separators or country code it was written with. */
    private static String mobile(String found) {
        String digits = found.replaceAll("[^0-9]", "");
        String core = digits.substring(digits.length() - 11);
        return core.substring(0, 3) + "****" + core.substring(7);
    }

    private static String bankCard(String found) {
        String digits = found.replaceAll("[^0-9]", "");
        return digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4);
    }

    /** The first {@code head} and last {@code tail} characters, stars between. */
    private static String keep(String s, int head, int tail) {
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }
}
