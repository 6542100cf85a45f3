package org.zhengwu.petitions.internal.officework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * Who does what in the petition office's work with the units: the office (信访工作人员) opens screening rounds and
 * declares sensitive periods and reads every unit's answers, supervisors read them too; a unit's case staff (办件人,
 * 单位审核人) answer for their own unit only.
 */
@Component
public class OfficeWork {

    private final UnitScope scope;
    private final SiteDirectory sites;

    OfficeWork(UnitScope scope, SiteDirectory sites) {
        this.scope = scope;
        this.sites = sites;
    }

    /** The petition office only. */
    public StaffPrincipal office() {
        return scope.requireRole(StaffRole.PETITION_OFFICER);
    }

    /** The office or a supervisor: they read every unit's answers. */
    public boolean readsAll() {
        return scope.current().map(p -> p.role() == StaffRole.PETITION_OFFICER || p.role() == StaffRole.SUPERVISOR)
                .orElse(false);
    }

    public StaffPrincipal requireReadsAll() {
        return scope.requireRole(StaffRole.PETITION_OFFICER, StaffRole.SUPERVISOR);
    }

    /** A unit's case staff, with their unit. */
    public StaffPrincipal unitStaff() {
        StaffPrincipal p = scope.requireRole(StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER);
        if (p.unitId() == null) {
            throw new AccessDeniedException("no unit");
        }
        return p;
    }

    /** Refuses unless the caller reads everything or is case staff of this unit. */
    public void requireView(long unitId) {
        if (!readsAll() && !isUnitStaffOf(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the caller's view");
        }
    }

    public boolean isUnitStaffOf(long unitId) {
        return scope.current().map(p -> (p.role() == StaffRole.CASE_HANDLER || p.role() == StaffRole.UNIT_REVIEWER)
                && Objects.equals(p.unitId(), unitId)).orElse(false);
    }

    /** The caller's unit when they are a unit's case staff, else null. */
    public Long ownUnit() {
        return scope.current().filter(p -> p.role() == StaffRole.CASE_HANDLER || p.role() == StaffRole.UNIT_REVIEWER)
                .map(StaffPrincipal::unitId).orElse(null);
    }

    public String unitName(long unitId) {
        return sites.unit(unitId).map(Unit::name).orElse("#" + unitId);
    }

    public List<Unit> units() {
        return sites.units();
    }

    /** The units ticked on a form: known ids, at least one, else a problem on {@code field}. */
    public List<Long> chosenUnits(List<String> ticked, Checks checks, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String t : ticked == null ? List.<String>of() : ticked) {
            try {
                long id = Long.parseLong(t.strip());
                if (sites.unit(id).isPresent()) {
                    ids.add(id);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            checks.problem(field, "petition.screening.form.unit-unknown", t);
            return List.of();
        }
        if (ids.isEmpty()) {
            checks.problem(field, "petition.screening.form.units-none");
        }
        return new ArrayList<>(ids);
    }
}
