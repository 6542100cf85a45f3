package org.zhengwu.search.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 such as 国办发〔2017〕47号: the year may be written in 〔〕, [], (), （） or 【】 and is brought to 〔〕 both in
 * what is indexed and in what is searched, so each form finds the others. A number is matched as a whole.
 */
final class DocumentNumbers {

    /** A 文号 in any bracket form, spaces allowed around the year and the number. */
    private static final Pattern ANY = Pattern.compile(
            "([\\u4e00-\\u9fa5]{1,10})\\s*[〔\\[(（【]\\s*(\\d{4})\\s*[〕\\])）】]\\s*(\\d{1,5})\\s*号");
    /** A 文号 already normalised. */
    private static final Pattern NORMAL = Pattern.compile("([\\u4e00-\\u9fa5]{1,10})〔(\\d{4})〕(\\d{1,5})号");

    private DocumentNumbers() {
    }

    /** The text with every 文号 in the one form 〔〕 and without inner spaces. */
    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return ANY.matcher(text).replaceAll("$1〔$2〕$3号");
    }

    /**
     * The normalised 文号 found in the text, for the keyword field: since the issuer's characters cannot be told apart
     * from the words before them (根据国办发〔2017〕47号), each tail of the issuer is one term, so 国办发〔2017〕47号 and
     * 办发〔2017〕47号 are both there.
     */
    static Set<String> indexTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher m = NORMAL.matcher(normalise(text));
        while (m.find()) {
            String issuer = m.group(1);
            String rest = "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号";
            for (int i = 0; i < issuer.length(); i++) {
                terms.add(issuer.substring(i) + rest);
            }
        }
        return terms;
    }

    /** The 文号 a query word holds, normalised, or null when it is not one 文号 (other text around it is allowed). */
    static Match in(String word) {
        Matcher m = NORMAL.matcher(normalise(word));
        if (!m.find()) {
            return null;
        }
        String normal = m.group(1) + "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号";
        String rest = (m.replaceFirst(" ")).strip();
        return new Match(normal, rest);
    }

    record Match(String term, String rest) {
    }
}
