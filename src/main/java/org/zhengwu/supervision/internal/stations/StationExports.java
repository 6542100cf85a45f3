package org.zhengwu.supervision.internal.stations;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.SiteDirectory;

/**
 * The county center's .xlsx exports ({@link StationWorkbooks}), for the managers only: the ledger carries the
 * operators' names and phones. Each export is audited.
 */
@Service
public class StationExports {

    private final StationStore store;
    private final StationChecklist checklist;
    private final StationOptions options;
    private final StationReports reports;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final AuditTrail audit;

    StationExports(StationStore store, StationChecklist checklist, StationOptions options, StationReports reports,
                   SiteDirectory sites, UnitScope scope, AuditTrail audit) {
        this.store = store;
        this.checklist = checklist;
        this.options = options;
        this.reports = reports;
        this.sites = sites;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional // not read-only: the export is audited
    public byte[] ledger() {
        Stations.requireManager(scope);
        Map<Long, String> units = new HashMap<>();
        sites.units().forEach(u -> units.put(u.id(), u.name()));
        byte[] file = StationWorkbooks.ledger(store.list(null), units, checklist.doneCounts(),
                options.items(StationOptions.Kind.CHECK).size());
        audit.record(AuditEvent.of("stations.export.ledger", "station", null, null, "站点台账"));
        return file;
    }

    @Transactional
    public byte[] figures(YearMonth from, YearMonth to) {
        byte[] file = StationWorkbooks.figures(reports.board(from, to, to));
        audit.record(AuditEvent.of("stations.export.figures", "station", null, null, from + "—" + to));
        return file;
    }
}
