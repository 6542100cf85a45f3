package org.zhengwu.interaction.internal.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.PublicPaths;

/**
 * The words of the hall's public pages in the page's script: labels come from the zh-CN bundle and are converted
 * for the traditional-script pages, as are the hall's own names (mailboxes, units). What a citizen typed is never
 * converted: it is shown as written. The hall's forms carry no session CSRF token (see {@code FormGuard}).
 */
public record HallText(MessageSource messages, ChineseScript script, boolean hant) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A label of the bundle, in the page's script. */
    public String t(String key, Object... args) {
        return s(messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE));
    }

    /** The hall's own text (a mailbox's name, a unit's name) in the page's script. */
    public String s(String text) {
        return hant && text != null && !text.isEmpty() ? script.toTraditional(text) : text;
    }

    /** A hall address in the page's script: {@code /hdjl/query} or {@code /zh-hant/hdjl/query}. */
    public String href(String path) {
        return (hant ? PublicPaths.HANT_PREFIX : "") + path;
    }

    public String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(CHINA).format(MINUTE);
    }

    /** The same moment for a {@code <time datetime>} attribute. */
    public String iso(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(CHINA).toOffsetDateTime().withNano(0).toString();
    }
}
