package org.zhengwu.supervision.internal.fees;

import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * Who does the supervision center's office work: the supervisors and the system administrator for every unit (稿酬
 * settings, bonuses, approval; every site's annual report), and a unit's 信息员 and 单位审核人 for their own unit's
 * site's annual report. A refusal is audited and is a 403.
 */
@Component
public class OfficeAccess {

    private final UnitScope scope;
    private final AuditTrail audit;

    OfficeAccess(UnitScope scope, AuditTrail audit) {
        this.scope = scope;
        this.audit = audit;
    }

    /** The rule in plain Java: the office, or (for a unit's own report) its editor or reviewer. */
    public static boolean allows(StaffRole role, Long staffUnit, Long unitId) {
        if (role == StaffRole.SUPERVISOR || role == StaffRole.ADMINISTRATOR) {
            return true;
        }
        return unitId != null && Objects.equals(staffUnit, unitId)
                && (role == StaffRole.EDITOR || role == StaffRole.UNIT_REVIEWER);
    }

    /** Whether the signed-in staff member may work on the report of this unit's site. */
    public boolean mayReport(long unitId) {
        return scope.current().map(p -> allows(p.role(), p.unitId(), unitId)).orElse(false);
    }

    /** The office (supervisor or system administrator), or a 403. */
    public StaffPrincipal requireOffice(String action) {
        return require(action, null);
    }

    /** The office, or the unit's own editor or reviewer; else a 403. */
    public StaffPrincipal require(String action, Long unitId) {
        StaffPrincipal p = scope.staff();
        if (!allows(p.role(), p.unitId(), unitId)) {
            audit.recordRefusal(AuditEvent.of(action, "supervision", null, unitId,
                    "role " + p.role() + " of unit " + p.unitId() + " refused"));
            throw new AccessDeniedException(action + " refused to " + p.role());
        }
        return p;
    }
}
