package org.zhengwu.publishing.internal;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the HTML pages written per script and the time spent making each script's pages (render, convert, write;
 * summed over threads), and remembers the site being rendered (for progress reports). It also says which scripts
 * the run writes: both, or the simplified tree alone (a measurement of the rebuild without the mirror).
 */
public final class PageCounter {

    private final List<Script> scripts;

    public PageCounter() {
        this(false);
    }

    /** A run that writes the simplified tree only and leaves the zh-Hant tree as it is. */
    public PageCounter(boolean simplifiedOnly) {
        this.scripts = simplifiedOnly ? List.of(Script.HANS) : List.of(Script.values());
    }

    /** The scripts this run writes (and sweeps). */
    List<Script> scripts() {
        return scripts;
    }

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
