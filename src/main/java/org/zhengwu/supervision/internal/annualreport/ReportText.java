package org.zhengwu.supervision.internal.annualreport;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.publishing.PublicPaths;

/** The words of the published report pages in the page's script: the zh-CN bundle's, converted for zh-Hant. */
public record ReportText(MessageSource messages, ChineseScript script, boolean hant) {

    public String t(String key, Object... args) {
        return s(messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE));
    }

    /** The report's own text (a site's name, what staff entered) in the page's script. */
    public String s(String text) {
        return hant && text != null && !text.isEmpty() ? script.toTraditional(text) : text;
    }

    /** A public address in the page's script. */
    public String href(String path) {
        return (hant ? PublicPaths.HANT_PREFIX : "") + path;
    }

    /** A field's value as a reader sees it, in the page's script. */
    public String value(AnnualReport r, ReportField f) {
        return s(r.shown(f, (k, a) -> messages.getMessage(k, a, k, Locale.SIMPLIFIED_CHINESE)));
    }
}
