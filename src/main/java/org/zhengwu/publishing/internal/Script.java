package org.zhengwu.publishing.internal;

import java.util.Locale;
import org.zhengwu.publishing.PublicPaths;

/** The two scripts every page is published in. */
public enum Script {
    HANS("zh-CN", "", Locale.SIMPLIFIED_CHINESE),
    HANT("zh-Hant", PublicPaths.HANT_PREFIX, Locale.TRADITIONAL_CHINESE);

    private final String lang;
    private final String prefix;
    private final Locale locale;

    Script(String lang, String prefix, Locale locale) {
        this.lang = lang;
        this.prefix = prefix;
        this.locale = locale;
    }

    /** The value of the page's {@code lang} attribute. */
    public String lang() {
        return lang;
    }

    /** What goes in front of a simplified-script address to reach this script's page. */
    public String prefix() {
        return prefix;
    }

    public Locale locale() {
        return locale;
    }

    public Script other() {
        return this == HANS ? HANT : HANS;
    }
}
