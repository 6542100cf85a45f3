package org.zhengwu.supervision.internal.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * Reads and changes the inspection's settings. Changes are the supervisors' and the system administrator's, checked
 * ({@link InspectionSettings#validated()}: a refusal changes nothing) and audited with the figures that changed.
 */
@Service
public class InspectionSettingsService {

    private final InspectionSettingStore store;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    InspectionSettingsService(InspectionSettingStore store, UnitScope scope, AuditTrail audit, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InspectionSettings current() {
        return InspectionSettings.fromNames(store.all());
    }

    @Transactional
    public InspectionSettings update(InspectionSettings wanted) {
        scope.requireRoleOrSystem(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);
        wanted.validated();
        Map<String, Double> before = current().byName();
        List<String> changed = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Map.Entry<String, Double> e : wanted.byName().entrySet()) {
            if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                store.put(e.getKey(), e.getValue(), now);
                changed.add(e.getKey() + ": " + figure(before.get(e.getKey())) + " → " + figure(e.getValue()));
            }
        }
        if (!changed.isEmpty()) {
            audit.record(AuditEvent.of("inspection.settings.update", "inspection-settings", "inspection", null,
                    String.join("; ", changed)));
        }
        return current();
    }

    static String figure(Double v) {
        return v == null ? "—" : v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
    }
}
