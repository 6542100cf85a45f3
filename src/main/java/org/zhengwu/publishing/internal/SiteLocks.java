package org.zhengwu.publishing.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One lock per site: the renders of a site run one after another, each reading the database after it got the lock,
 * so a slower render that read older data can never overwrite the pages of a newer one.
 */
@Component
public class SiteLocks {

    private final ConcurrentHashMap<Long, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final PublicFolder folder;

    SiteLocks(PublicFolder folder) {
        this.folder = folder;
    }

    /** Runs the work under the site's lock, as one publish step of the public folder ({@link PublicFolder#step}). */
    public <T> T withSite(long siteId, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(siteId, id -> new ReentrantLock());
        lock.lock();
        try {
            return folder.step(work);
        } finally {
            lock.unlock();
        }
    }

    public void withSite(long siteId, Runnable work) {
        withSite(siteId, () -> {
            work.run();
            return null;
        });
    }

    /** The lock itself, for tests that hold a site still. */
    ReentrantLock lockOf(long siteId) {
        return locks.computeIfAbsent(siteId, id -> new ReentrantLock());
    }
}
