package org.zhengwu.services.internal.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.services.internal.application.InvalidApplication;
import org.zhengwu.services.internal.application.Problem;

/**
 * 整改 in the console: the unit's 办件人 and 单位审核人 see and close their own unit's rectifications; the supervisors
 * and the system administrator read every unit's. Closing records what was rectified and the return visit (回访:
 * the day, how, what the applicant said) and closes the case; staff of another unit get a 403 and nothing changes.
 */
@Service
public class Rectifications {

    public static final int MAX_TEXT = 1000;
    public static final int LIST_SIZE = 200;
    /** How the return visit was made; label key {@code service.rectification.way.NAME}. */
    public static final List<String> WAYS = List.of("PHONE", "VISIT", "SMS", "ONLINE");
    private static final Set<StaffRole> HANDLERS = Set.of(StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER);
    private static final Set<StaffRole> READERS = Set.of(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);

    /**
     * One rectification as the console shows it; {@code mayClose}: the viewer may record the visit now;
     * {@code overdue}: open past its deadline today.
     */
    public record View(RectificationRow row, CaseView c, boolean mayClose, boolean overdue) {
    }

    private final RatingStore store;
    private final Cases cases;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    Rectifications(RatingStore store, Cases cases, UnitScope scope, AuditTrail audit, Clock clock,
                   PlatformTransactionManager transactions) {
        this.store = store;
        this.cases = cases;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    public List<RectificationRow> list() {
        StaffPrincipal p = scope.staff();
        if (READERS.contains(p.role())) {
            return store.rectifications(null, LIST_SIZE);
        }
        return HANDLERS.contains(p.role()) && p.unitId() != null
                ? store.rectifications(Set.of(p.unitId()), LIST_SIZE) : List.of();
    }

    public View open(String number) {
        RectificationRow r = require(number);
        StaffPrincipal p = scope.staff();
        boolean own = own(p, r);
        if (!own && !READERS.contains(p.role())) {
            refuse("services.rectification.read", r);
        }
        CaseView c = cases.find(r.caseId()).orElseThrow();
        return new View(r, c, own && r.closedAt() == null, c.overdueOn(LocalDate.now(clock)));
    }

    /** Records the rectification and the return visit and closes it; every problem named, nothing changed. */
    public void close(String number, String measures, String visitOn, String way, String view) {
        RectificationRow r = require(number);
        if (!own(scope.staff(), r)) {
            refuse("services.rectification.close", r);
        }
        record(r, measures, visitOn, way, view);
    }

    /** The same by the system itself (the demo); a staff member or a citizen is refused. */
    void closeAsSystem(String number, String measures, String visitOn, String way, String view) {
        scope.requireRoleOrSystem();
        record(require(number), measures, visitOn, way, view);
    }

    private void record(RectificationRow r, String measures, String visitOn, String way, String view) {
        String number = r.number();
        List<Problem> problems = new ArrayList<>();
        if (r.closedAt() != null) {
            problems.add(new Problem(null, "service.rectification.closed-already"));
        }
        String m = text(measures, "measures", problems);
        LocalDate day = day(visitOn, problems);
        if (!WAYS.contains(way)) {
            problems.add(new Problem("way", "service.rectification.way.required"));
        }
        String v = text(view, "view", problems);
        if (!problems.isEmpty()) {
            throw new InvalidApplication(problems);
        }
        tx.executeWithoutResult(s -> {
            cases.move(r.caseId(), CaseStep.to(RectificationType.RECTIFIED, "整改完成，已回访"));
            store.close(number, m, day, way, v, OffsetDateTime.now(clock));
            audit.record(AuditEvent.of("services.rectification.close", "application", number, r.unitId(),
                    "整改完成，回访方式 " + way));
        });
    }

    private static String text(String value, String field, List<Problem> problems) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            problems.add(new Problem(field, "service.rectification." + field + ".required"));
        } else if (t.length() > MAX_TEXT) {
            problems.add(new Problem(field, "service.rectification.too-long", MAX_TEXT));
        }
        return t;
    }

    private LocalDate day(String value, List<Problem> problems) {
        try {
            LocalDate d = LocalDate.parse(value == null ? "" : value.strip());
            if (d.isAfter(LocalDate.now(clock))) {
                problems.add(new Problem("visitOn", "service.rectification.visit-on.future"));
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new Problem("visitOn", "service.rectification.visit-on.required"));
            return null;
        }
    }

    private static boolean own(StaffPrincipal p, RectificationRow r) {
        return HANDLERS.contains(p.role()) && Objects.equals(p.unitId(), r.unitId());
    }

    private void refuse(String action, RectificationRow r) {
        audit.recordRefusal(AuditEvent.of(action, "application", r.number(), r.unitId(),
                "unit " + r.unitId() + " is not the caller's"));
        throw new AccessDeniedException("unit " + r.unitId() + " is not the caller's");
    }

    private RectificationRow require(String number) {
        return store.rectification(number).orElseThrow(() -> new NotFound("service.rectification.not-found", number));
    }
}
