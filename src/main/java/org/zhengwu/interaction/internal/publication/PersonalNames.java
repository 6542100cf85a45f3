package org.zhengwu.interaction.internal.publication;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal names for {@link Redaction}, three ways:
 * <ol>
 * <li>the writer's own name wherever it appears (王秀英 → 王**), and its given name alone when it has two characters
 * or more (秀英 → **);</li>
 * <li>a name where it is introduced: 我叫…, 本人…, 姓名：…, 联系人：…, 署名…, 名叫… followed by two to four
 * characters and a pause (a comma, a full stop, a space, the end);</li>
 * <li>HanLP's person-name recognition (the segmenter's role tagging, nature {@code nr}), which also finds the names
 * before 先生/女士/同志 and in running text; a find counts only when it starts with a common surname (the ~140 most
 * frequent, and the compound ones), does not end in a division or office word (经市, 王主任) and is not just a surname
 * with a title (刘先生 stays: it names nobody).</li>
 * </ol>
 * On this project's sample letters the three together find every name written as people write them in letters; HanLP
 * alone misses names it splits (欧阳娜娜 as two words) and tags some non-names (经市 in 经市城管局核实), which the surname
 * and word guards drop. Names of rare surnames in running text are missed: the leader's review is the last guard.
 */
final class PersonalNames {

    /** The most frequent surnames (about 90% of people), single characters. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
            + "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
            + "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
            + "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
            + "苑迟邝";
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木", "申屠", "独孤", "南宫", "西门", "轩辕", "澹台");
    /** Titles that follow a name; a surname with a title alone (刘先生, 王主任) names nobody. */
    private static final Pattern TITLE = Pattern.compile(
            "(先生|女士|同志|老师|师傅|大爷|大妈|阿姨|大姐|大哥|老人|主任|局长|科长|处长|经理|书记|村长|组长|队长|医生)$");
    /** The last characters of places and offices, never of a name that HanLP should be trusted with. */
    private static final Pattern NOT_A_NAME = Pattern.compile(".*[市区县省局委办厅镇乡村街路号组室]$");
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?:我叫|我名叫|名叫|本人|姓名|联系人|署名|落款)[：:\\s]*(\\p{IsHan}{2,4})(?=[，,。.；;：:、！!？?\\s）)]|$)");

    private PersonalNames() {
    }

    static List<Redaction.Hit> find(String text, String writerName) {
        List<Redaction.Hit> hits = new ArrayList<>();
        writer(text, writerName, hits);
        Matcher m = INTRODUCED.matcher(text);
        while (m.find()) {
            String word = TITLE.matcher(m.group(1)).replaceFirst("");
            if (word.length() >= 2) {
                hits.add(name(m.start(1), word));
            }
        }
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enableOffset(true);
        for (Term t : segment.seg(text)) {
            if (!t.nature.startsWith("nr")) {
                continue;
            }
            String word = TITLE.matcher(t.word).replaceFirst("");
            if (word.length() >= 2 && word.length() <= 4 && word.codePoints().allMatch(PersonalNames::han)
                    && !surname(word).isEmpty() && !NOT_A_NAME.matcher(word).matches()) {
                hits.add(name(t.offset, word));
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
            hits.add(name(i, name));
        }
        String surname = surname(name).isEmpty() ? name.substring(0, 1) : surname(name);
        String given = name.substring(surname.length());
        if (given.length() >= 2) {
            for (int i = text.indexOf(given); i >= 0; i = text.indexOf(given, i + given.length())) {
                hits.add(new Redaction.Hit(Redaction.Kind.NAME, i, i + given.length(), "**"));
            }
        }
    }

    /** 王** / 欧阳**: the surname stays, the given name goes. */
    private static Redaction.Hit name(int start, String name) {
        String surname = surname(name);
        String kept = surname.isEmpty() || surname.length() >= name.length() ? name.substring(0, 1) : surname;
        return new Redaction.Hit(Redaction.Kind.NAME, start, start + name.length(), kept + "**");
    }

    /** The name's surname if it starts with a common one, else empty. */
    private static String surname(String name) {
        if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return !name.isEmpty() && SURNAMES.indexOf(name.charAt(0)) >= 0 ? name.substring(0, 1) : "";
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
