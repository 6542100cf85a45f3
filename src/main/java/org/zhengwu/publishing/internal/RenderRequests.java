package org.zhengwu.publishing.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * Keeps renders from piling up. Requests for the same pages (a site's whole render, the portal's home page) that
 * queue behind a render which started after them are already served by it and are dropped. While a full rebuild
 * is under way, requests for sites it has not reached yet are dropped too: it will read their latest state when
 * it gets there. A process started as {@code rebuild} counts as rebuilding from the start, so the publish requests
 * it takes over from the event log on start-up do not render the group a second time.
 */
@Component
public class RenderRequests {

    private final ConcurrentHashMap<String, AtomicLong> requested = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> covered = new ConcurrentHashMap<>();
    private final Set<Long> rebuilt = ConcurrentHashMap.newKeySet();
    private final Set<Long> dropped = ConcurrentHashMap.newKeySet();
    private volatile boolean rebuilding;

    RenderRequests(ObjectProvider<ApplicationArguments> arguments) {
        ApplicationArguments args = arguments.getIfAvailable();
        List<String> words = args == null ? List.of() : args.getNonOptionArgs();
        this.rebuilding = !words.isEmpty() && words.get(0).equals("rebuild");
    }

    /** Takes a number for a request of these pages; call it when the request arrives (after its change committed). */
    long ticket(String key) {
        return requested.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /**
     * Under the pages' lock, before reading anything: whether the request still needs a render. If it does, the
     * render about to start covers every request taken so far.
     */
    boolean begin(String key, long ticket) {
        Long done = covered.get(key);
        if (done != null && done >= ticket) {
            return false;
        }
        cover(key);
        return true;
    }

    /** A render of these pages starts now (under their lock): every request taken so far is covered. */
    void cover(String key) {
        AtomicLong r = requested.computeIfAbsent(key, k -> new AtomicLong());
        covered.merge(key, r.get(), Math::max);
    }

    /** Whether a running (or starting) full rebuild will still render this site, so a render now would be wasted. */
    boolean rebuildWillRender(long siteId) {
        if (rebuilding && !rebuilt.contains(siteId)) {
            dropped.add(siteId);
            return true;
        }
        return false;
    }

    /** Whether a full rebuild is under way (or this process was started to run one). */
    boolean rebuilding() {
        return rebuilding;
    }

    void rebuildStarted() {
        rebuilt.clear();
        rebuilding = true;
    }

    /** The rebuild reached the site (under the site's lock, before reading it). */
    void rebuildReached(long siteId) {
        rebuilt.add(siteId);
    }

    /**
     * The rebuild is over (done, failed, or never started). Returns the sites whose requests were dropped for it but
     * which it did not reach (it failed, or they were opened meanwhile): they still need a render.
     */
    Set<Long> rebuildEnded() {
        rebuilding = false;
        Set<Long> unserved = new java.util.HashSet<>(dropped);
        unserved.removeAll(rebuilt);
        dropped.clear();
        rebuilt.clear();
        return unserved;
    }

    static String site(long siteId) {
        return "site:" + siteId;
    }

    static String home(long siteId) {
        return "home:" + siteId;
    }
}
