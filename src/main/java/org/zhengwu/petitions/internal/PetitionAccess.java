package org.zhengwu.petitions.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.petitions.internal.PetitionFlow.Actor;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * Who may see a petition and take which step. The petition office (信访工作人员) and the supervisors (监督员) see every
 * petition; a unit's 办件人 and 单位审核人 see those their unit handles, reviews (the level above) or is responsible for
 * as a key case. Nobody else — not the hall's dispatcher, not the administrators. A refusal is audited and is a 403.
 */
@Component
public class PetitionAccess {

    /** The unit roles that work on petitions. */
    static final Set<StaffRole> UNIT_ROLES = Set.of(StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER);
    /** Every role that may open the petition pages at all. */
    public static final Set<StaffRole> ROLES = Set.of(StaffRole.PETITION_OFFICER, StaffRole.SUPERVISOR,
            StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER);

    private final UnitScope scope;
    private final AuditTrail audit;

    PetitionAccess(UnitScope scope, AuditTrail audit) {
        this.scope = scope;
        this.audit = audit;
    }

    /** The units a petition concerns: the handling unit, the reviewing unit, the key case's responsible unit. */
    public record Units(long handling, Long reviewing, Long keyCase) {

        boolean includes(Long unitId) {
            return unitId != null && (unitId == handling || unitId.equals(reviewing) || unitId.equals(keyCase));
        }
    }

    /** The rule, in plain Java: may someone of this role and unit see a petition concerning these units. */
    public static boolean maySee(StaffRole role, Long unitId, Units units) {
        return role == StaffRole.PETITION_OFFICER || role == StaffRole.SUPERVISOR
                || (UNIT_ROLES.contains(role) && units.includes(unitId));
    }

    /** May someone of this role and unit take a step done by this actor. */
    public static boolean mayAct(StaffRole role, Long unitId, Actor actor, Units units) {
        boolean handlingUnit = UNIT_ROLES.contains(role) && Objects.equals(unitId, units.handling());
        boolean reviewingUnit = UNIT_ROLES.contains(role) && unitId != null && unitId.equals(units.reviewing());
        boolean office = role == StaffRole.PETITION_OFFICER;
        return switch (actor) {
            case HANDLING_UNIT -> handlingUnit;
            case UNIT_OR_OFFICE -> handlingUnit || office;
            case OFFICE -> office;
            case REVIEWER -> reviewingUnit || office;
        };
    }

    /** Whether the signed-in person may see it. */
    public boolean maySee(Units units) {
        return scope.current().map(p -> maySee(p.role(), p.unitId(), units)).orElse(false);
    }

    public boolean mayAct(Actor actor, Units units) {
        return scope.current().map(p -> mayAct(p.role(), p.unitId(), actor, units)).orElse(false);
    }

    /** The signed-in person if they may see it; empty for the system itself (the demo, a command). */
    public Optional<StaffPrincipal> requireSee(String reference, Units units) {
        return require(reference, units, "view", p -> maySee(p.role(), p.unitId(), units));
    }

    public Optional<StaffPrincipal> requireAct(String reference, Units units, Actor actor, String action) {
        return require(reference, units, action, p -> mayAct(p.role(), p.unitId(), actor, units));
    }

    /** Refuses anybody whose role does not work on petitions at all (the lists' own check behind the URL rules). */
    public Optional<StaffPrincipal> requireRole(StaffRole... roles) {
        return scope.requireRoleOrSystem(roles);
    }

    private Optional<StaffPrincipal> require(String reference, Units units, String action,
                                             java.util.function.Predicate<StaffPrincipal> rule) {
        if (SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication() == null) {
            return Optional.empty();
        }
        StaffPrincipal p = scope.staff();
        if (!rule.test(p)) {
            audit.recordRefusal(AuditEvent.of("petitions." + action, "petition", reference, units.handling(),
                    "role " + p.role() + " of unit " + p.unitId() + " may not " + action));
            throw new AccessDeniedException(action + " of petition " + reference + " refused");
        }
        return Optional.of(p);
    }

    /** The signed-in person's role, if any. */
    public Optional<StaffRole> currentRole() {
        return scope.current().map(StaffPrincipal::role);
    }

    /** Who acts, for the records: the staff member's name, or 系统. */
    public String actorName() {
        return scope.current().map(StaffPrincipal::displayName).orElse("系统");
    }
}
