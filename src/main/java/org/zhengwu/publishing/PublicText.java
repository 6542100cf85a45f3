package org.zhengwu.publishing;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhengwu.platform.text.ChineseScript;

/**
 * The words of a public page in its script, for a module that renders pages ({@link PublishedSection}): labels from
 * the zh-CN bundles and the module's own text, both converted for the traditional-script page, and addresses with
 * the page's prefix.
 */
public record PublicText(MessageSource messages, ChineseScript script, boolean hant) {

    /** A label of the bundles, in the page's script. */
    public String t(String key, Object... args) {
        return s(plain(key, args));
    }

    /** A label of the bundles as written there (simplified script). */
    public String plain(String key, Object[] args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** The module's own text in the page's script. */
    public String s(String text) {
        return hant && text != null && !text.isEmpty() ? script.toTraditional(text) : text;
    }

    /** A public address in the page's script: {@code /x/} or {@code /zh-hant/x/}. */
    public String href(String path) {
        return (hant ? PublicPaths.HANT_PREFIX : "") + path;
    }
}
