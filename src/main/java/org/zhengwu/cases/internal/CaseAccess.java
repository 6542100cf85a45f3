package org.zhengwu.cases.internal;

import java.util.Objects;
import java.util.Set;
import org.zhengwu.cases.CaseView;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;

/**
 * Who may do what with a case, as the {@link org.zhengwu.cases.Cases} contract says: the owning unit's 办件人 and
 * 单位审核人 work on its cases; the dispatcher (互动分办员) assigns and transfers; the supervisor (监督员) decides
 * extensions. Reading: the owning unit's case roles, and the dispatcher, the supervisors and the administrator for
 * every unit.
 */
public final class CaseAccess {

    /** The unit roles that work on cases. */
    static final Set<StaffRole> UNIT_ROLES = Set.of(StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER);
    /** The group roles that see the cases of every unit. */
    static final Set<StaffRole> GROUP_READERS = Set.of(StaffRole.DISPATCHER, StaffRole.SUPERVISOR,
            StaffRole.ADMINISTRATOR);

    private CaseAccess() {
    }

    /** The owning unit's 办件人 or 单位审核人. */
    public static boolean worksFor(StaffPrincipal p, CaseView c) {
        return UNIT_ROLES.contains(p.role()) && c.ownerUnitId() != null && Objects.equals(p.unitId(), c.ownerUnitId());
    }

    /** A 办件人 or 单位审核人 of the given unit (a unit asked in a joint review). */
    public static boolean worksForUnit(StaffPrincipal p, long unitId) {
        return UNIT_ROLES.contains(p.role()) && p.unitId() != null && p.unitId() == unitId;
    }

    public static boolean mayView(StaffPrincipal p, CaseView c) {
        return GROUP_READERS.contains(p.role()) || worksFor(p, c);
    }

    /** Whether the person sees cases at all: a console page of cases refuses everybody else. */
    public static boolean worksOnCases(StaffPrincipal p) {
        return GROUP_READERS.contains(p.role()) || (UNIT_ROLES.contains(p.role()) && p.unitId() != null);
    }

    /** Every unit (null), or the person's own unit. */
    public static Long unitScope(StaffPrincipal p) {
        return GROUP_READERS.contains(p.role()) ? null : p.unitId();
    }

    public static boolean mayTransfer(StaffPrincipal p, CaseView c) {
        return p.role() == StaffRole.DISPATCHER || worksFor(p, c);
    }

    public static boolean mayReturn(StaffPrincipal p, CaseView c) {
        return worksFor(p, c);
    }

    public static boolean mayRequestExtension(StaffPrincipal p, CaseView c) {
        return worksFor(p, c);
    }

    public static boolean mayDecideExtension(StaffPrincipal p) {
        return p.role() == StaffRole.SUPERVISOR;
    }
}
