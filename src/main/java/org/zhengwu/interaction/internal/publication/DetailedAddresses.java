package org.zhengwu.interaction.internal.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds detailed addresses for {@link Redaction}: a numbered place (东风路128号, 幸福小区3栋2单元501室, 张庄村三组) with
 * the name of the road, estate or village and every number masked (清河市**路**号, **小区**栋**单元**室, **村**组).
 * The city, district and township before it stay: they say where the matter is without saying who. A road or estate
 * named without a number (东风路的路灯) is not a home address and stays.
 */
final class DetailedAddresses {

    private static final String NUMBER = "[0-9０-９一二三四五六七八九十百零〇两]+";
    /** A place named and then numbered: the name, the kind of place, the first number and its unit. */
    private static final Pattern PLACE = Pattern.compile("(\\p{IsHan}{1,10}?)"
            + "(路|街|大街|大道|巷|胡同|弄|小区|花园|家园|公寓|新村|苑|大厦|广场|村|社区)"
            + "(" + NUMBER + ")(号楼|号院|号|弄|栋|幢|楼|组|队|社|排|巷)"
            + "((?:[-－之]?" + NUMBER + "(?:号楼|号院|号|栋|幢|单元|楼|层|室|户|组))*)");
    private static final Pattern TAIL_NUMBER = Pattern.compile(NUMBER);
    /** Where a place's name cannot reach back over: a division above it, or the words that lead to it. */
    private static final Pattern BEFORE_NAME = Pattern.compile(
            "(.*(?:[省市区县镇乡]|街道|社区|住在|住|在|于|到|是|家|的|和|与|我们|反映|地址|住址|位于))\\p{IsHan}+");
    private static final int MAX_NAME = 4;

    private DetailedAddresses() {
    }

    static List<Redaction.Hit> find(String text) {
        List<Redaction.Hit> hits = new ArrayList<>();
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            int nameStart = nameStart(m.group(1), m.start(1));
            StringBuilder mask = new StringBuilder("**").append(m.group(2)).append("**").append(m.group(4));
            mask.append(TAIL_NUMBER.matcher(m.group(5)).replaceAll("**"));
            hits.add(new Redaction.Hit(Redaction.Kind.ADDRESS, nameStart, m.end(), mask.toString()));
        }
        return hits;
    }

    /**
     * Where the place's own name begins within the Han characters before its kind: after the last word that leads to
     * it, unless that word's last character begins the name (和平路, not 和 + 平路).
     */
    private static int nameStart(String before, int offset) {
        Matcher lead = BEFORE_NAME.matcher(before);
        int start = lead.matches() ? lead.end(1) : 0;
        if (start > 0 && "和与".indexOf(before.charAt(start - 1)) >= 0
                && ChineseNames.word(before.substring(start - 1, start + 1))) {
            start--;
        }
        return offset + Math.max(start, before.length() - MAX_NAME);
    }
}
