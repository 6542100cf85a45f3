package org.zhengwu.services.internal.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.PublicPaths;

/**
 * The words of the hall's public pages in the page's script: labels from the zh-CN bundle and the guides' own text,
 * both converted for the traditional-script pages.
 */
public record ServiceText(MessageSource messages, ChineseScript script, boolean hant) {

    /** A label of the bundle, in the page's script. */
    public String t(String key, Object... args) {
        return s(messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE));
    }

    /** The guide's own text in the page's script. */
    public String s(String text) {
        return hant && text != null && !text.isEmpty() ? script.toTraditional(text) : text;
    }

    /** A hall address in the page's script: {@code /bsfw/} or {@code /zh-hant/bsfw/}. */
    public String href(String path) {
        return (hant ? PublicPaths.HANT_PREFIX : "") + path;
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A moment as the hall shows it, in China's time. */
    public String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(CHINA).format(MINUTE);
    }

    /** The same moment for a {@code <time datetime>} attribute. */
    public String iso(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(CHINA).toOffsetDateTime().withNano(0).toString();
    }

    /** 零跑动, 最多跑一次 or n 次. */
    public String visits(int n) {
        return n == 0 ? t("service.visits.zero") : n == 1 ? t("service.visits.once") : t("service.visits.n", n);
    }
}
