package org.zhengwu.publishing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the published pages show, read back from them. The public folder is the record of what links to what: the
 * items an item's page links to as its neighbours and its policy document, the unit news on the portal's home page,
 * the items of each block of a home page. Reading it back tells a render which other pages a change touches without
 * a table that would have to be kept in step with the files (a rebuild, for one, need not write it). Whatever cannot
 * be read back is worked out from the database instead.
 */
final class PublishedPages {

    private static final Pattern PREV = Pattern.compile("rel=\"prev\" href=\"[^\"]*/(\\d+)\\.html\"");
    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"[^\"]*/(\\d+)\\.html\"");
    private static final Pattern POLICY_LINK = Pattern.compile("class=\"policy-link\" href=\"[^\"]*/(\\d+)\\.html\"");

    private PublishedPages() {
    }

    /** The items an item's page links to as previous, next and related policy document. */
    static Set<Long> linkedItems(String itemPage) {
        Set<Long> out = new LinkedHashSet<>();
        for (Pattern p : new Pattern[] {PREV, NEXT, POLICY_LINK}) {
            Matcher m = p.matcher(itemPage);
            if (m.find()) {
                out.add(Long.parseLong(m.group(1)));
            }
        }
        return out;
    }

    private static final Pattern UNIT_NEWS_SECTION = Pattern.compile("aria-labelledby=\"unit-news\">(.*?)</section>", Pattern.DOTALL);
    private static final Pattern ITEM_LINK = Pattern.compile("<li><a href=\"[^\"]*/(\\d+)\\.html\"");

    /** The ids of the unit news a portal home page shows, in order; null when that cannot be read from it. */
    static List<Long> shownUnitNews(String html) {
        if (html == null) {
            return null;
        }
        Matcher section = UNIT_NEWS_SECTION.matcher(html);
        if (!section.find()) {
            return null;
        }
        String block = section.group(1);
        List<Long> ids = new ArrayList<>();
        Matcher m = ITEM_LINK.matcher(block);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        int entries = block.split("<li>", -1).length - 1;
        return entries == ids.size() ? ids : null;
    }

    private static final Pattern BLOCK = Pattern.compile("<section class=\"block\" aria-labelledby=\"b(\\d+)\">(.*?)</section>", Pattern.DOTALL);
    private static final Pattern ENTRY_LINK = Pattern.compile("href=\"[^\"]*/(\\d+)\\.html\"");

    /**
     * The items each column block of a home page shows, by column id. A column whose block cannot be read fully (an
     * entry linking elsewhere) or that has no block is left out, and so is read from the database. Null when there
     * is no page.
     */
    static Map<Long, List<Long>> shownBlocks(String html) {
        if (html == null) {
            return null;
        }
        Map<Long, List<Long>> out = new HashMap<>();
        Matcher block = BLOCK.matcher(html);
        while (block.find()) {
            long column = Long.parseLong(block.group(1));
            String[] entries = block.group(2).split("<li>", -1);
            List<Long> ids = new ArrayList<>();
            boolean complete = true;
            for (int i = 1; i < entries.length; i++) {
                Matcher link = ENTRY_LINK.matcher(entries[i]);
                if (link.find()) {
                    ids.add(Long.parseLong(link.group(1)));
                } else {
                    complete = false;
                }
            }
            if (complete) {
                out.put(column, ids);
            }
        }
        return out;
    }
}
