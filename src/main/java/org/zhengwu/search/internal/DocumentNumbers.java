package org.zhengwu.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 such as 国办发〔2017〕47号: the year may be written in 〔〕, [], (), （） or 【】 and is brought to 〔〕 both in
 * what is indexed and in what is searched, so each form finds the others. A number is matched as a whole.
 */
final class DocumentNumbers {

    /**
     * The part of a 文号 after its issuer, in any bracket form, spaces allowed around the year and the number. The
     * issuer (up to ten Chinese characters) is read backwards from where this starts: a pattern that began with the
     * issuer would be tried at every Chinese character of a long body.
     */
    private static final Pattern TAIL = Pattern.compile("[〔\\[(（【]\\s*(\\d{4})\\s*[〕\\])）】]\\s*(\\d{1,5})\\s*号");
    private static final int ISSUER_MAX = 10;

    private DocumentNumbers() {
    }

    /** The text with every 文号 in the one form 〔〕 and without inner spaces. */
    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        StringBuilder out = null;
        int copied = 0;
        Matcher m = TAIL.matcher(text);
        while (m.find()) {
            int start = spacesBefore(text, m.start());
            int issuerStart = issuerStart(text, start);
            if (issuerStart == start) {
                continue; // no issuer before the brackets: not a 文号
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, start).append('〔').append(m.group(1)).append('〕').append(m.group(2)).append('号');
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static int spacesBefore(String text, int at) {
        int start = at;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int issuerStart(String text, int end) {
        int start = end;
        while (start > 0 && end - start < ISSUER_MAX && isHan(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    /** Each normalised 文号 of the text: its issuer, the year and the number without leading zeros. */
    private static List<String[]> numbers(String text) {
        List<String[]> found = new ArrayList<>();
        String normal = normalise(text);
        Matcher m = TAIL.matcher(normal);
        while (m.find()) {
            int issuerStart = issuerStart(normal, m.start());
            if (issuerStart < m.start()) {
                found.add(new String[] {normal.substring(issuerStart, m.start()),
                        "〔" + m.group(1) + "〕" + Integer.parseInt(m.group(2)) + "号", Integer.toString(m.start()),
                        Integer.toString(m.end()), Integer.toString(issuerStart)});
            }
        }
        return found;
    }

    /**
     * The normalised 文号 found in the text, for the keyword field: since the issuer's characters cannot be told apart
     * from the words before them (根据国办发〔2017〕47号), each tail of the issuer is one term, so 国办发〔2017〕47号 and
     * 办发〔2017〕47号 are both there.
     */
    static Set<String> indexTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        for (String[] n : numbers(text)) {
            for (int i = 0; i < n[0].length(); i++) {
                terms.add(n[0].substring(i) + n[1]);
            }
        }
        return terms;
    }

    /** The 文号 a query word holds, normalised, or null when it is not one 文号 (other text around it is allowed). */
    static Match in(String word) {
        String normal = normalise(word);
        List<String[]> found = numbers(normal);
        if (found.isEmpty()) {
            return null;
        }
        String[] n = found.get(0);
        String rest = (normal.substring(0, Integer.parseInt(n[4])) + " " + normal.substring(Integer.parseInt(n[3]))).strip();
        return new Match(n[0] + n[1], rest);
    }

    record Match(String term, String rest) {
    }
}
