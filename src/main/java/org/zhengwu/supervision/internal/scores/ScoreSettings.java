package org.zhengwu.supervision.internal.scores;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.SiteDirectory;

/**
 * The supervisors' settings of the scores: the weights (考核细则) and the units' publishing duties. Read and changed
 * by the supervisors (督查) and the system administrator only; every change audited in its transaction; a refused
 * change changes nothing.
 */
@Service
public class ScoreSettings {

    /** Who reads the scores and sets their rules. */
    public static final StaffRole[] ROLES = {StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR};

    private final ScoreStore store;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    ScoreSettings(ScoreStore store, SiteDirectory sites, UnitScope scope, AuditTrail audit, Clock clock) {
        this.store = store;
        this.sites = sites;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses anybody but the supervisors and the system administrator (the system itself may read). */
    public void requireReader() {
        scope.requireRoleOrSystem(ROLES);
    }

    @Transactional(readOnly = true)
    public Weights weights() {
        return store.weights();
    }

    /** Replaces the weights with those typed in the form: refused unless each is 0–100 and together 100. */
    @Transactional
    public Weights changeWeights(Map<String, String> form) {
        requireReader();
        Weights weights = Weights.parse(form);
        Weights before = store.weights();
        store.saveWeights(weights);
        audit.record(AuditEvent.of("supervision.scores.weights", "score_weight", null, null,
                describe(before) + " → " + describe(weights)));
        return weights;
    }

    @Transactional(readOnly = true)
    public List<UnitDuty> duties() {
        return store.duties();
    }

    /**
     * Sets a unit's quota: at least {@code itemsText} items per {@code periodText} (DAY, WEEK or MONTH).
     *
     * @throws RuleViolation for an unknown unit or period, or a count that is not a whole number from 1 to 1000
     */
    @Transactional
    public UnitDuty setDuty(long unitId, String periodText, String itemsText) {
        requireReader();
        if (sites.unit(unitId).isEmpty()) {
            throw new RuleViolation("scores.duty.unit.unknown");
        }
        DutyPeriod period;
        try {
            period = DutyPeriod.valueOf(periodText == null ? "" : periodText.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("scores.duty.period.unknown");
        }
        int items;
        try {
            items = Integer.parseInt(itemsText == null ? "" : itemsText.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation("scores.duty.items.invalid", UnitDuty.MAX_ITEMS);
        }
        if (items < 1 || items > UnitDuty.MAX_ITEMS) {
            throw new RuleViolation("scores.duty.items.invalid", UnitDuty.MAX_ITEMS);
        }
        UnitDuty duty = new UnitDuty(unitId, period, items);
        String before = store.duty(unitId).map(ScoreSettings::describe).orElse("—");
        store.saveDuty(duty, OffsetDateTime.now(clock), who());
        audit.record(AuditEvent.of("supervision.scores.duty", "unit", unitId, unitId,
                before + " → " + describe(duty)));
        return duty;
    }

    /** Takes the unit's quota away (nothing happens when it had none). */
    @Transactional
    public void removeDuty(long unitId) {
        requireReader();
        if (store.removeDuty(unitId)) {
            audit.record(AuditEvent.of("supervision.scores.duty.remove", "unit", unitId, unitId, ""));
        }
    }

    private String who() {
        return scope.current().map(StaffPrincipal::displayName).orElse("system");
    }

    private static String describe(UnitDuty d) {
        return d.items() + "/" + d.period();
    }

    private static String describe(Weights w) {
        return w.points().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
