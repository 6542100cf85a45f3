package org.zhengwu.supervision.internal.investment;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * A unit's import of its existing project ledger (.xlsx) with the column mapping the user gave: all or nothing. Every
 * row is checked by the project rules; a row of another unit, a project twice in the file or already in the library
 * is refused with its row; with any problem nothing is stored and the whole list comes back.
 */
@Service
public class LedgerImport {

    /** The default evidence of an imported stage. */
    static final String EVIDENCE = "台账导入";

    private final ProjectStore store;
    private final Projects projects;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    LedgerImport(ProjectStore store, Projects projects, UnitScope scope, AuditTrail audit, Clock clock) {
        this.store = store;
        this.projects = projects;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The default mapping: the export's layout, A for 项目名称 to J for 佐证材料. */
    public static Map<String, String> defaultMapping() {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < ProjectRules.FIELDS.size(); i++) {
            m.put(ProjectRules.FIELDS.get(i), LedgerLayout.letter(i));
        }
        return m;
    }

    /** Imports the ledger; returns how many projects were stored. */
    @Transactional
    public int importLedger(InputStream in, Map<String, String> letters) {
        StaffPrincipal staff = scope.staff();
        if (!Projects.edits(staff.role()) || staff.unitId() == null) {
            throw new AccessDeniedException("only a unit's staff import its investment projects");
        }
        List<InvalidReport.Problem> problems = new ArrayList<>();
        Map<String, Integer> columns = LedgerReader.mapping(letters, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        List<LedgerReader.Line> lines = LedgerReader.read(in, columns, problems);
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(LedgerReader.problem(0, "investment.import.empty"));
        }
        List<NewProject> checked = check(lines, staff, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (NewProject p : checked) {
            long id = store.insert(p, now);
            store.addChange(id, p.stage(), p.stageOn(), p.evidence(), staff.displayName(), now);
        }
        audit.record(AuditEvent.of("investment.import", "investment-project", null, staff.unitId(),
                checked.size() + " 个项目"));
        return checked.size();
    }

    private List<NewProject> check(List<LedgerReader.Line> lines, StaffPrincipal staff,
                                   List<InvalidReport.Problem> problems) {
        ProjectRules rules = projects.rules();
        Map<String, Integer> seen = new HashMap<>();
        List<NewProject> checked = new ArrayList<>();
        for (LedgerReader.Line line : lines) {
            Map<String, String> typed = new HashMap<>(line.typed());
            if (typed.getOrDefault("unit", "").isBlank()) {
                typed.put("unit", String.valueOf(staff.unitId()));
            }
            if (typed.getOrDefault("evidence", "").isBlank()) {
                typed.put("evidence", EVIDENCE);
            }
            NewProject p = rules.read(typed, line.row(), problems);
            if (p == null) {
                continue;
            }
            if (!Objects.equals(p.unitId(), staff.unitId())) {
                problems.add(LedgerReader.problem(line.row(), "investment.import.other-unit", typed.get("unit")));
                continue;
            }
            Integer first = seen.putIfAbsent(p.name() + "\u0000" + p.investor(), line.row());
            if (first != null) {
                problems.add(LedgerReader.problem(line.row(), "investment.import.twice-in-file", first));
            } else if (store.exists(p.name(), p.investor(), null)) {
                problems.add(LedgerReader.problem(line.row(), "investment.import.exists", p.name(), p.investor()));
            } else {
                checked.add(p);
            }
        }
        return checked;
    }
}
