package org.zhengwu.interaction.internal.publication;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Chinese personal name may look like, for {@link PersonalNames}: a common surname (single or compound) and
 * one or two given characters, as a unit. A candidate is refused when it is a dictionary word (单位, 党委, 严格), when
 * a given character is an office or function word (副, 委, 局, 们, 的), and, for a three-character name, when the
 * surname is more likely a preposition (和廉素市长 is 和 + 廉素).
 */
final class ChineseNames {

    /** The most frequent surnames (about 90% of people), single characters. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
            + "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
            + "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
            + "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
            + "苑迟邝廉萧";
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木", "申屠", "独孤", "南宫", "西门", "轩辕", "澹台");
    /** Surname characters that before another surname are rather a preposition or a conjunction (向王老师). */
    private static final String FUNCTION = "和向于与时应全成常安万明同及把被让叫为从由将等在";
    /** The same, without the surnames common enough to begin a name after a role (于海燕, 时, 常, 安, 万, 明). */
    private static final String PREPOSITIONS = "和向与同及把被让叫为从由将等在";
    /** Characters of offices, places and grammar, never in a given name. */
    private static final Pattern NOT_GIVEN = Pattern.compile(
            "[副总代省市县区委局厅部处科所站院校队组村镇乡街办会们的了和与及等各每该此其之个位名届级务长员"
            + "我你他她同说是在没不也都就还要把被对向给从由于而且或并将已以为请叫可来去上下中内外里后前]");
    /** Titles and offices that follow a name (张大山同志); after a surname alone (王先生, 王主任) they name nobody. */
    static final String TITLES = "先生|女士|同志|老师|师傅|大爷|大妈|阿姨|大姐|大哥|老人|医生|大夫|律师|教授|警官|同学"
            + "|(?:常务)?[副总]?(?:主任|书记|局长|市长|县长|区长|镇长|乡长|村长|厅长|处长|科长|部长|省长|主席|总理|经理"
            + "|董事长|校长|院长|所长|站长|队长|组长|理事长|秘书长)";
    private static final Pattern TITLE = Pattern.compile(TITLES);
    /** The last characters of places and projects, for names HanLP found alone (马家堡, 喻义巷, 张公山). */
    private static final Pattern PLACE_END = Pattern.compile(".*[山堡巷桥湖河港湾岭园苑城楼庄屯寨坝沟坡洲岛寺庙路街村镇乡区县市省局委办厅号组室]$");
    private static final Pattern PAUSE = Pattern.compile("[^\\p{IsHan}]");

    private ChineseNames() {
    }

    /** The text in simplified script, character for character (so positions stay). */
    static String simplified(String text) {
        String whole = HanLP.t2s(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = HanLP.t2s(text.substring(i, i + 1));
            out.append(c.length() == 1 ? c : text.substring(i, i + 1));
        }
        return out.toString();
    }

    /** The name's surname if it starts with a common one, else empty. */
    static String surname(String name) {
        if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return !name.isEmpty() && SURNAMES.indexOf(name.charAt(0)) >= 0 ? name.substring(0, 1) : "";
    }

    /** The name that starts at {@code at} (after 我叫, 姓名：…) and ends in a pause or before {@code after}; or null. */
    static String nameAt(String text, int at, Pattern after) {
        for (int length = 4; length >= 2; length--) {
            if (at + length > text.length()) {
                continue;
            }
            String candidate = text.substring(at, at + length);
            String rest = text.substring(at + length);
            boolean ends = rest.isEmpty() || PAUSE.matcher(rest.substring(0, 1)).matches()
                    || after.matcher(rest).lookingAt();
            if (ends && name(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The name that starts at {@code at} after a role (房东杜宏伟不退押金, 校长曹正答应): the longest that is a name, has
     * no grammar word for a given name (向大家, 于次日), does not begin with a word (石头 of 店主石头砸了车) and does not
     * take the first character of the next word (答 of 答应); or null.
     */
    static String nameAfterRole(String text, int at) {
        for (int length = 4; length >= 2; length--) {
            if (at + length > text.length()) {
                continue;
            }
            String candidate = text.substring(at, at + length);
            String given = candidate.substring(surname(candidate).length());
            boolean splitsNext = at + length < text.length() && word(text.substring(at + length - 1, at + length + 1));
            boolean startsWord = length == 3 && given.length() == 2 && word(candidate.substring(0, 2));
            if (name(candidate) && PREPOSITIONS.indexOf(candidate.charAt(0)) < 0 && !splitsNext && !startsWord
                    && (given.length() == 1 || !grammar(given))) {
                return candidate;
            }
        }
        return null;
    }

    /** The name that ends at {@code end} (before a title or a verb of saying), the longest that fits; or null. */
    static String nameBefore(String text, int end) {
        for (int length = 4; length >= 2; length--) {
            if (end - length < 0) {
                continue;
            }
            String candidate = text.substring(end - length, end);
            if (name(candidate) && !startsInsideWord(text, end - length)
                    && (length == 2 || FUNCTION.indexOf(candidate.charAt(0)) < 0
                    || surname(candidate).length() == 2)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Whether a name HanLP found at {@code at} without any context may be trusted: three characters of a common
     * surname, no word in it or across its start, not ending like a place, and not followed by a noun or 等 (金恒达电脑公司,
     * 艾尔菲等项目 are firms and projects; a person is followed by what they do).
     */
    static boolean reliableAlone(String text, int at, String word, String nextNature) {
        return word.length() == 3 && surname(word).length() == 1 && name(word) && !word(word.substring(1))
                && !word(word.substring(0, 2))
                && FUNCTION.indexOf(word.charAt(0)) < 0 && !PLACE_END.matcher(word).matches()
                && !startsInsideWord(text, at) && !text.startsWith("等", at + 3)
                && (nextNature == null || !nextNature.startsWith("n") && !nextNature.equals("vn"));
    }

    /** Whether {@code [start, end)} is part of a longer word there, with the character before or after it. */
    static boolean insideWord(String text, int start, int end) {
        return start > 0 && word(text.substring(start - 1, end))
                || end < text.length() && word(text.substring(start, end + 1));
    }

    /** Whether the character before {@code at} and the one at it make a word (设施 in 基础设施来说): no name starts there. */
    static boolean startsInsideWord(String text, int at) {
        return at > 0 && at + 1 <= text.length() && word(text.substring(at - 1, at + 1));
    }

    /** A surname and one or two given characters that are no office or function words, and no dictionary word. */
    static boolean name(String candidate) {
        String surname = surname(candidate);
        if (surname.isEmpty() || !candidate.codePoints().allMatch(ChineseNames::han)) {
            return false;
        }
        String given = candidate.substring(surname.length());
        if (given.isEmpty() || given.length() > 2 || NOT_GIVEN.matcher(given).find() || TITLE.matcher(given).lookingAt()
                || word(candidate)) {
            return false;
        }
        boolean prepositionAndSurname = given.length() == 1 && FUNCTION.indexOf(candidate.charAt(0)) >= 0
                && SURNAMES.indexOf(given.charAt(0)) >= 0;
        return !prepositionAndSurname;
    }

    /** A pronoun, adverb, preposition, conjunction, particle, numeral, measure, direction or time (大家, 次日). */
    private static boolean grammar(String w) {
        CoreDictionary.Attribute core = CoreDictionary.get(w);
        if (core == null) {
            return false;
        }
        for (Nature n : core.nature) {
            if ("rdpcumqft".indexOf(n.toString().charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A word of HanLP's dictionaries that is not a person's name (单位, 严格; not 秀英, a proper name). */
    static boolean word(String w) {
        CoreDictionary.Attribute core = CoreDictionary.get(w);
        if (core != null && !personal(core)) {
            return true;
        }
        CoreDictionary.Attribute custom = CustomDictionary.get(w);
        return custom != null && !personal(custom);
    }

    private static boolean personal(CoreDictionary.Attribute attribute) {
        for (Nature n : attribute.nature) {
            if (n.startsWith("nr")) {
                return true;
            }
        }
        return attribute.nature[0] == Nature.nz;
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
