package org.zhengwu.supervision.internal.stations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The registry of the county's e-commerce stations. The supervisors and administrators register and change stations
 * (checked by {@link StationRules}, refused with every problem and nothing stored, audited); everybody who reads a
 * station reads its operator, the console being the only place the operator's name and phone are shown. The unit a
 * station belongs to (the township's government for a township station and its village points, the commerce office
 * for the center) has its staff read its stations, enter their reports and market information and tick their
 * checklists; another unit's staff see none of them. A change publishes {@link StationsChanged}: the public list
 * follows after commit.
 */
@Service
public class Stations {

    private final StationStore store;
    private final StationOptions options;
    private final StationReports reports;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final SiteDirectory sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Stations(StationStore store, StationOptions options, StationReports reports, UnitScope scope, AuditTrail audit,
             SiteDirectory sites, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.options = options;
        this.reports = reports;
        this.scope = scope;
        this.audit = audit;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses unless a supervisor or an administrator (or the system itself) acts. */
    static Optional<StaffPrincipal> requireManager(UnitScope scope) {
        return scope.requireRoleOrSystem(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);
    }

    /** Whether the current staff member manages the registry. */
    public boolean manages() {
        return scope.current().map(p -> StationOptions.manages(p.role())).orElse(false);
    }

    /** The units whose stations the current staff member reads: null for every unit. */
    Set<Long> readableUnits() {
        Optional<StaffPrincipal> current = scope.current();
        if (current.isEmpty()) {
            requireManager(scope); // the system itself (the demo, commands) reads everything; an anonymous caller nothing
            return null;
        }
        StaffPrincipal p = current.get();
        if (StationOptions.manages(p.role())) {
            return null;
        }
        return fills(p.role()) && p.unitId() != null ? Set.of(p.unitId()) : Set.of();
    }

    /** The unit's staff who enter a station's reports, market information and checklist: 信息员, 办件人, 单位审核人. */
    static boolean fills(StaffRole role) {
        return role == StaffRole.EDITOR || role == StaffRole.CASE_HANDLER || role == StaffRole.UNIT_REVIEWER;
    }

    @Transactional(readOnly = true)
    public List<Station> list() {
        return store.list(readableUnits());
    }

    /** A station the current staff member may read; another unit's is refused. */
    @Transactional(readOnly = true)
    public Station station(long id) {
        Station s = store.find(id).orElseThrow(() -> new NotFound("stations.station.not-found"));
        Set<Long> units = readableUnits();
        if (units != null && !units.contains(s.unitId())) {
            throw new AccessDeniedException("station " + id + " belongs to another unit");
        }
        return s;
    }

    /** Whether the current staff member (or the system) works for the station: its unit's staff, or a manager. */
    boolean worksFor(Station s) {
        return scope.current().map(p -> StationOptions.manages(p.role())
                || (fills(p.role()) && Objects.equals(p.unitId(), s.unitId()))).orElse(true);
    }

    /** Registers a station; returns its id. */
    @Transactional
    public long create(Map<String, String> typed, List<String> services) {
        requireManager(scope);
        NewStation s = rules(null).read(typed, services);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = (s.openedOn().isAfter(today) ? s.openedOn() : today).withDayOfMonth(1);
        long id = store.insert(s, from, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("stations.create", "station", id, s.unitId(), s.name()));
        reports.openDue(store.find(id).orElseThrow());
        events.publishEvent(new StationsChanged(id));
        return id;
    }

    /** Changes a station's particulars, its state and services. */
    @Transactional
    public void update(long id, Map<String, String> typed, List<String> services) {
        requireManager(scope);
        Station before = store.find(id).orElseThrow(() -> new NotFound("stations.station.not-found"));
        NewStation s = rules(id).read(typed, services);
        if (s.level() != before.level() && !store.list(null).stream()
                .filter(c -> Objects.equals(c.parentId(), id)).toList().isEmpty()) {
            throw new InvalidReport(List.of(new InvalidReport.Problem("level", "stations.check.level-has-children",
                    new Object[0])));
        }
        store.update(id, s, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("stations.update", "station", id, s.unitId(),
                s.name() + (before.state() != s.state() ? "：" + before.state() + " → " + s.state() : "")));
        reports.openDue(store.find(id).orElseThrow());
        events.publishEvent(new StationsChanged(id));
    }

    private StationRules rules(Long self) {
        return new StationRules(id -> Objects.equals(id, self) ? Optional.empty() : store.find(id),
                name -> store.nameTaken(name, self), unit -> sites.unit(unit).isPresent(),
                options.items(StationOptions.Kind.SERVICE), store.centerExists(self), LocalDate.now(clock));
    }
}
