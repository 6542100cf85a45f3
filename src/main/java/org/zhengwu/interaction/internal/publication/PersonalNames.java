package org.zhengwu.interaction.internal.publication;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal names for {@link Redaction}, as names: a surname and a given name that something in the sentence
 * says are a person's, never a single character that happens to be a surname (车 in 新能源车有没有优惠, 时 in 报名时需准备).
 * <ol>
 * <li>the writer's own name wherever it appears (王秀英 → 王**), and its given name alone when it has two characters
 * or more and is not part of a longer word there (秀英 → **, but 国庆 stays in 国庆节);</li>
 * <li>a name where it is introduced: 我叫…, 本人…, 姓名：…, 联系人：…, 申请人：…, 署名… followed by a name and a pause;</li>
 * <li>a name before a title or an office (张大山同志, 李明远市长, 祝振伟副区长) or before a verb of saying and writing
 * (孙丽华反映, 赵磊说, 刘芳签字);</li>
 * <li>a name after an office or a role (书记赵玺成带队, 房东杜宏伟不退押金, 我儿子叶晨);</li>
 * <li>HanLP's person-name recognition alone (portable 1.8.6 has only the segmenter's role tagging; the CRF and
 * perceptron models are not in the portable jar) only where it is reliable: three characters, a common surname, no
 * dictionary word in it, not ending like a place, followed by what a person does rather than a noun. On government
 * text HanLP tags hundreds of ordinary words as names (施建 in 基础设施建设, 关部 in 有关部门, 车有 in 新能源车有没有).</li>
 * </ol>
 * {@link ChineseNames} says what a name may look like. Traditional script is read through its simplified form,
 * character for character. Missed: names of rare surnames (习), a given name alone (建文同志), the second of names
 * listed before 等同志, and names in running text without any of these contexts that HanLP does not recognise; the
 * leader's review is the last guard.
 */
final class PersonalNames {

    private static final Pattern INTRODUCED = Pattern.compile("(?:我叫|我名叫|名叫|本人|姓名|联系人|署名|落款|申请人"
            + "|投诉人|举报人|反映人|来信人|当事人|户主|签名)(?:是|为)?[：:\\s]*(?=\\p{IsHan})");
    /** What follows a name and says it is one: a title or an office, or a verb of saying and writing. */
    private static final Pattern AFTER_NAME = Pattern.compile(ChineseNames.TITLES
            + "|说|表示|指出|强调|介绍|反映|告诉|写道|签字|签名|来电|来信|致电|投诉|举报");

    /** Who a name follows: an office (书记赵玺成带队) or the writer's neighbour, relative, landlord. */
    private static final Pattern ROLE = Pattern.compile("(?:主任|书记|局长|市长|县长|区长|镇长|乡长|村长|厅长|处长|科长"
            + "|部长|省长|主席|经理|董事长|校长|院长|所长|站长|队长|组长|秘书长|医生|律师|教授|邻居|村民|居民|业主|房东|租户"
            + "|老板|店主|司机|师傅|丈夫|妻子|父亲|母亲|儿子|女儿|哥哥|姐姐|弟弟|妹妹|同事|村干部|网格员|工作人员)");

    private PersonalNames() {
    }

    static List<Redaction.Hit> find(String original, String writerName) {
        List<Redaction.Hit> hits = new ArrayList<>();
        writer(original, writerName, hits);
        String text = ChineseNames.simplified(original);
        Matcher m = INTRODUCED.matcher(text);
        while (m.find()) {
            String name = ChineseNames.nameAt(text, m.end(), AFTER_NAME);
            if (name != null) {
                hits.add(name(original, m.end(), name));
            }
        }
        m = AFTER_NAME.matcher(text);
        while (m.find()) {
            String name = ChineseNames.nameBefore(text, m.start());
            if (name != null) {
                hits.add(name(original, m.start() - name.length(), name));
            }
        }
        m = ROLE.matcher(text);
        while (m.find()) {
            String name = ChineseNames.nameAfterRole(text, m.end());
            if (name != null) {
                hits.add(name(original, m.end(), name));
            }
        }
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enableOffset(true);
        List<Term> terms = segment.seg(text);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String next = i + 1 < terms.size() ? terms.get(i + 1).nature.toString() : null;
            if (t.nature.startsWith("nr") && ChineseNames.reliableAlone(text, t.offset, t.word, next)) {
                hits.add(name(original, t.offset, t.word));
            }
        }
        return hits;
    }

    /** The writer's full name, then the given name alone. */
    private static void writer(String text, String writerName, List<Redaction.Hit> hits) {
        String name = writerName == null ? "" : writerName.strip();
        if (name.length() < 2) {
            return;
        }
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            hits.add(name(text, i, name));
        }
        String surname = ChineseNames.surname(name).isEmpty() ? name.substring(0, 1) : ChineseNames.surname(name);
        String given = name.substring(surname.length());
        if (given.length() >= 2) {
            for (int i = text.indexOf(given); i >= 0; i = text.indexOf(given, i + given.length())) {
                if (!ChineseNames.insideWord(text, i, i + given.length())) {
                    hits.add(new Redaction.Hit(Redaction.Kind.NAME, i, i + given.length(), "**"));
                }
            }
        }
    }

    /** 王** / 欧阳**: the surname stays as written, the given name goes ({@code name} is the simplified form). */
    private static Redaction.Hit name(String original, int start, String name) {
        int surname = ChineseNames.surname(name).length();
        int kept = surname == 0 || surname >= name.length() ? 1 : surname;
        return new Redaction.Hit(Redaction.Kind.NAME, start, start + name.length(),
                original.substring(start, start + kept) + "**");
    }
}
