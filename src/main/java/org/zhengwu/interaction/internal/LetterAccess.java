package org.zhengwu.interaction.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * Who may see a letter and take which step, whatever its state (the state is {@link LetterFlow}'s business). The
 * dispatcher and the supervisors see every letter; the owning unit's 办件人 and 单位审核人 see their unit's letters. The
 * writer's personal data is shown to exactly those who may see the letter. A refusal is audited and is a 403.
 */
@Component
public class LetterAccess {

    /** What a staff member does with a letter. */
    public enum Action {
        VIEW, ASSIGN, REFUSE, ANSWER, REVIEW, TRANSFER, NOT_OURS, EXTEND, DECIDE_EXTENSION,
        /** Decides whether an answered letter goes on the portal (公开 / 不公开): the unit's leader, who approved the answer. */
        PUBLISH
    }

    /** The roles that work on letters in the console at all. */
    public static final Set<StaffRole> LETTER_ROLES = Set.of(StaffRole.DISPATCHER, StaffRole.SUPERVISOR,
            StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER);

    private final UnitScope scope;
    private final AuditTrail audit;

    LetterAccess(UnitScope scope, AuditTrail audit) {
        this.scope = scope;
        this.audit = audit;
    }

    /** The rule, in plain Java: may a staff member of this role and unit do this to a letter of that unit. */
    public static boolean allows(StaffRole role, Long staffUnitId, Long letterUnitId, Action action) {
        boolean ownUnit = letterUnitId != null && Objects.equals(staffUnitId, letterUnitId);
        boolean handler = role == StaffRole.CASE_HANDLER && ownUnit;
        boolean leader = role == StaffRole.UNIT_REVIEWER && ownUnit;
        return switch (action) {
            case VIEW -> role == StaffRole.DISPATCHER || role == StaffRole.SUPERVISOR || handler || leader;
            case ASSIGN, REFUSE -> role == StaffRole.DISPATCHER;
            case ANSWER -> handler;
            case REVIEW, PUBLISH -> leader;
            case TRANSFER -> role == StaffRole.DISPATCHER || handler || leader;
            case NOT_OURS, EXTEND -> handler || leader;
            case DECIDE_EXTENSION -> role == StaffRole.SUPERVISOR;
        };
    }

    /** Whether the signed-in staff member may. */
    public boolean may(LetterRecord letter, Action action) {
        return scope.current().map(p -> allows(p.role(), p.unitId(), letter.unitId(), action)).orElse(false);
    }

    /**
     * The signed-in staff member, if they may; empty when the system itself acts (the demo, a command: no
     * authentication at all, which a web request never lacks). Otherwise the refusal is audited and a 403 follows.
     */
    public Optional<StaffPrincipal> require(LetterRecord letter, Action action) {
        if (system()) {
            return Optional.empty();
        }
        StaffPrincipal p = scope.staff();
        if (!allows(p.role(), p.unitId(), letter.unitId(), action)) {
            audit.recordRefusal(AuditEvent.of("interaction.letter." + action.name().toLowerCase(java.util.Locale.ROOT),
                    "letter", letter.trackingNumber(), letter.unitId(),
                    "role " + p.role() + " of unit " + p.unitId() + " may not " + action));
            throw new AccessDeniedException(action + " of letter " + letter.trackingNumber() + " refused");
        }
        return Optional.of(p);
    }

    /** Whether the system itself is acting: no authentication at all, not even an anonymous one. */
    public boolean system() {
        return SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication() == null;
    }

    /** Refuses anybody who does not work on letters at all (the lists' own check behind the URL rules). */
    public StaffPrincipal requireLetterRole() {
        StaffPrincipal p = scope.staff();
        if (!LETTER_ROLES.contains(p.role())) {
            throw new AccessDeniedException("role " + p.role() + " does not work on letters");
        }
        return p;
    }
}
