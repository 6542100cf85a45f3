package org.zhengwu.publishing.internal;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the HTML pages written per script and the time spent making each script's pages (render, convert, write;
 * summed over threads), and remembers the site being rendered (for progress reports).
 */
public final class PageCounter {

    private final LongAdder hans = new LongAdder();
    private final LongAdder hant = new LongAdder();
    private final LongAdder hansNanos = new LongAdder();
    private final LongAdder hantNanos = new LongAdder();
    private volatile String currentSite = "";

    void spent(Script script, long nanos) {
        (script == Script.HANS ? hansNanos : hantNanos).add(nanos);
    }

    /** Thread-seconds spent on simplified pages. */
    public double hansSeconds() {
        return hansNanos.sum() / 1e9;
    }

    /** Thread-seconds spent on the traditional mirror. */
    public double hantSeconds() {
        return hantNanos.sum() / 1e9;
    }

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
