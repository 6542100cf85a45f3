package org.zhengwu.sites;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zhengwu.sites.internal.SiteStore;

/**
 * Reads the site group: units, sites, columns. The whole group is small (a city has ~150 sites of ~20 columns) and
 * read on every render, so it is held in memory and reloaded after any change.
 */
@Service
public class SiteDirectory {

    private final SiteStore store;
    /** Counts changes; a snapshot read before the latest change is never used (readers in other threads load too). */
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    /** Changes not yet committed or rolled back: meanwhile each reader reads its own view and nothing is kept. */
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Snapshot snapshot;

    SiteDirectory(SiteStore store) {
        this.store = store;
    }

    public List<Unit> units() {
        return current().units;
    }

    public List<Site> sites() {
        return current().sites;
    }

    public Optional<Unit> unit(long id) {
        return Optional.ofNullable(current().unitsById.get(id));
    }

    public Optional<Site> site(long id) {
        return Optional.ofNullable(current().sitesById.get(id));
    }

    public Optional<Site> siteByCode(String code) {
        return Optional.ofNullable(current().sitesByCode.get(code));
    }

    public Optional<Site> siteByHost(String host) {
        return host == null ? Optional.empty() : Optional.ofNullable(current().sitesByHost.get(host.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The site of the unit, if it has one. */
    public Optional<Site> siteOfUnit(long unitId) {
        return current().sites.stream().filter(s -> s.unitId() == unitId).findFirst();
    }

    public Optional<Site> portal() {
        return current().sites.stream().filter(Site::portal).findFirst();
    }

    /** All columns of a site, parents before children, each level in its sort order. */
    public List<Column> columns(long siteId) {
        return current().columnsBySite.getOrDefault(siteId, List.of());
    }

    public List<Column> topColumns(long siteId) {
        return columns(siteId).stream().filter(c -> c.parentId() == null).toList();
    }

    public List<Column> children(long columnId) {
        return column(columnId).map(c -> columns(c.siteId()).stream()
                .filter(x -> x.parentId() != null && x.parentId() == columnId).toList()).orElse(List.of());
    }

    public Optional<Column> column(long id) {
        return Optional.ofNullable(current().columnsById.get(id));
    }

    public Optional<Column> column(long siteId, String code) {
        return columns(siteId).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The column and its ancestors, from the top of the tree down. */
    public List<Column> path(long columnId) {
        java.util.LinkedList<Column> path = new java.util.LinkedList<>();
        Column c = current().columnsById.get(columnId);
        while (c != null && path.size() < 64) {
            path.addFirst(c);
            c = c.parentId() == null ? null : current().columnsById.get(c.parentId());
        }
        return path;
    }

    /** Forgets the cached group; the next read loads it again. */
    public void reload() {
        boolean inTransaction = org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction) {
            // counted before the version moves: a reader that sees the new version must also see the pending change,
            // or it could keep a snapshot read without this transaction's rows
            pending.incrementAndGet();
        }
        version.incrementAndGet();
        snapshot = null;
        if (inTransaction) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            version.incrementAndGet();
                            snapshot = null;
                            pending.decrementAndGet();
                        }
                    });
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long v = version.get();
        if (s != null && s.version == v) {
            return s;
        }
        boolean keep = pending.get() == 0;
        s = new Snapshot(v, store.units(), store.sites(), store.columns());
        if (keep && pending.get() == 0 && version.get() == v) {
            snapshot = s;
        }
        return s;
    }

    private static final class Snapshot {
        final long version;
        final List<Unit> units;
        final List<Site> sites;
        final Map<Long, Unit> unitsById;
        final Map<Long, Site> sitesById;
        final Map<String, Site> sitesByCode;
        final Map<String, Site> sitesByHost;
        final Map<Long, Column> columnsById;
        final Map<Long, List<Column>> columnsBySite;

        Snapshot(long version, List<Unit> units, List<Site> sites, List<Column> columns) {
            this.version = version;
            this.units = List.copyOf(units);
            this.sites = sites.stream().sorted(Comparator.comparing((Site s) -> !s.portal())
                    .thenComparingInt(Site::sortOrder).thenComparingLong(Site::id)).toList();
            this.unitsById = units.stream().collect(Collectors.toUnmodifiableMap(Unit::id, Function.identity()));
            this.sitesById = sites.stream().collect(Collectors.toUnmodifiableMap(Site::id, Function.identity()));
            this.sitesByCode = sites.stream().collect(Collectors.toUnmodifiableMap(Site::code, Function.identity()));
            this.sitesByHost = sites.stream().filter(s -> s.host() != null && !s.host().isBlank())
                    .collect(Collectors.toUnmodifiableMap(s -> s.host().toLowerCase(java.util.Locale.ROOT), Function.identity()));
            this.columnsById = columns.stream().collect(Collectors.toUnmodifiableMap(Column::id, Function.identity()));
            this.columnsBySite = columns.stream().collect(Collectors.groupingBy(Column::siteId,
                    Collectors.collectingAndThen(Collectors.toList(), ColumnTree::depthFirst)));
        }
    }
}
