package org.zhengwu.supervision.internal.crawl;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Chinese sentences of the readings (the {@code linkcheck} bundle, simplified Chinese: readings are stored and
 * printed by the inspection, whoever reads them later), and where a page's problem is fixed.
 */
@Component
class CrawlTexts {

    /** An item's page, {@code /{site}/{column}/{id}.html}, in either script. */
    private static final Pattern ITEM_PAGE = Pattern.compile("^(?:/zh-hant)?/[^/]+/[^/]+/(\\d+)\\.html$");

    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");
    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final MessageSource messages;

    CrawlTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** A moment as the console shows it, in China time. */
    static String shown(java.time.OffsetDateTime t) {
        return t == null ? "" : SHOWN.format(t.atZoneSameInstant(CHINA));
    }

    /** The content item's edit page when the page is an item's, otherwise the public page itself. */
    static String fixPath(String pagePath) {
        Matcher m = ITEM_PAGE.matcher(pagePath);
        return m.matches() ? "/admin/content/" + m.group(1) : pagePath;
    }
}
