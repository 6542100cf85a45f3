package org.zhengwu.platform.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which units the current staff member may act on. Console controllers call it before reading or changing anything
 * that belongs to a unit, with the id of the unit that owns the site in question; a refusal is an
 * {@link AccessDeniedException}, shown as a 403 page, and nothing has been changed.
 */
@Component
public class UnitScope {

    /** The signed-in staff member, if any. */
    public Optional<StaffPrincipal> current() {
        Authentication auth = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof StaffPrincipal staff
                ? Optional.of(staff) : Optional.empty();
    }

    /** The signed-in staff member; refuses anonymous callers. */
    public StaffPrincipal staff() {
        return current().orElseThrow(() -> new AccessDeniedException("not signed in as staff"));
    }

    public boolean isAdministrator() {
        return current().map(StaffPrincipal::administrator).orElse(false);
    }

    public void requireAdministrator() {
        if (!staff().administrator()) {
            throw new AccessDeniedException("site-group administrators only");
        }
    }

    /** Whether the current staff member may change the site owned by this unit: administrators, the unit's editors. */
    public boolean mayAct(long ownerUnitId) {
        return current().map(p -> p.administrator()
                || (p.role() == StaffRole.EDITOR && Objects.equals(p.unitId(), ownerUnitId))).orElse(false);
    }

    /**
     * Whether the current staff member may read the (unpublished) content of this unit's site: whoever may act on it,
     * supervisors everywhere, and the unit's own reviewers.
     */
    public boolean mayView(long ownerUnitId) {
        return mayAct(ownerUnitId) || current().map(p -> p.role() == StaffRole.SUPERVISOR
                || (p.role().unitBound() && Objects.equals(p.unitId(), ownerUnitId))).orElse(false);
    }

    /** Refuses unless {@link #mayView(long)}. */
    public void requireView(long ownerUnitId) {
        if (!mayView(ownerUnitId)) {
            throw new AccessDeniedException("unit " + ownerUnitId + " is outside the caller's view");
        }
    }

    /** Refuses unless the current staff member has one of these roles. */
    public StaffPrincipal requireRole(StaffRole... roles) {
        StaffPrincipal p = staff();
        for (StaffRole r : roles) {
            if (p.role() == r) {
                return p;
            }
        }
        throw new AccessDeniedException("role " + p.role() + " may not do this");
    }

    /**
     * A service's own check (behind the console's URL rules): refuses unless the current staff member has one of
     * these roles. With no authentication at all the system itself is acting (start-up, commands, tests) and the
     * result is empty; every web request has one (at least the anonymous one of the security filter chain), so a
     * request without a staff member is refused.
     */
    public Optional<StaffPrincipal> requireRoleOrSystem(StaffRole... roles) {
        Optional<StaffPrincipal> p = current();
        if (p.isEmpty()) {
            if (SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication() != null) {
                throw new AccessDeniedException("not signed in as staff");
            }
            return p;
        }
        for (StaffRole r : roles) {
            if (p.get().role() == r) {
                return p;
            }
        }
        throw new AccessDeniedException("role " + p.get().role() + " may not do this");
    }

    /**
     * Refuses unless the current staff member may act on the site owned by {@code ownerUnitId}: administrators may
     * act on every site, editors only on their own unit's.
     */
    public void requireSite(long ownerUnitId) {
        if (!mayAct(ownerUnitId)) {
            throw new AccessDeniedException("unit " + ownerUnitId + " is outside the caller's scope");
        }
    }

    /**
     * The units whose sites the current staff member may change: {@code null} means every unit (administrators), an
     * editor gets their own unit, anybody else none.
     */
    public Set<Long> visibleUnitIds() {
        Optional<StaffPrincipal> p = current();
        if (p.isEmpty()) {
            return Set.of();
        }
        if (p.get().administrator()) {
            return null;
        }
        return p.get().role() == StaffRole.EDITOR && p.get().unitId() != null ? Set.of(p.get().unitId()) : Set.of();
    }

    /** The units whose content the current staff member may read: {@code null} means every unit. */
    public Set<Long> viewableUnitIds() {
        Optional<StaffPrincipal> p = current();
        if (p.isEmpty()) {
            return Set.of();
        }
        if (p.get().administrator() || p.get().role() == StaffRole.SUPERVISOR) {
            return null;
        }
        return p.get().role().unitBound() && p.get().unitId() != null ? Set.of(p.get().unitId()) : Set.of();
    }
}
