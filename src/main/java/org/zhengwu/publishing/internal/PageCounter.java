package org.zhengwu.publishing.internal;

import java.util.concurrent.atomic.LongAdder;

/** Counts the HTML pages written, per script, and remembers the site being rendered (for progress reports). */
public final class PageCounter {

    private final LongAdder hans = new LongAdder();
    private final LongAdder hant = new LongAdder();
    private volatile String currentSite = "";

    void page(Script script) {
        (script == Script.HANS ? hans : hant).increment();
    }

    public long hans() {
        return hans.sum();
    }

    public long hant() {
        return hant.sum();
    }

    public long total() {
        return hans.sum() + hant.sum();
    }

    public String currentSite() {
        return currentSite;
    }

    void currentSite(String code) {
        currentSite = code;
    }
}
