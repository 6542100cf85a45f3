package org.zhengwu.accounts;

import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.accounts.internal.AccountStore;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteDirectory;

/**
 * The security administrator's (安全管理员) assignment of roles. The rules keep the three administrators apart and
 * the group working:
 * <ul>
 *   <li>no one assigns their own role (so no one can make themself anything);</li>
 *   <li>the last enabled holder of a role of the three administrators keeps it;</li>
 *   <li>a unit role belongs to a unit: the account's unit, or the one chosen with the role when it has none;</li>
 *   <li>a group role belongs to no unit: assigning one takes the account out of its unit;</li>
 *   <li>{@code null} withdraws the role: the account cannot sign in until it gets another.</li>
 * </ul>
 * Since each account holds one role, no account ever holds two of the three administrators' powers.
 */
@Service
public class RoleAssignment {

    private static final String TARGET = "staff_account";

    private final AccountStore store;
    private final SiteDirectory sites;
    private final UnitScope duties;
    private final AuditTrail audit;

    RoleAssignment(AccountStore store, SiteDirectory sites, UnitScope duties, AuditTrail audit) {
        this.store = store;
        this.sites = sites;
        this.duties = duties;
        this.audit = audit;
    }

    /**
     * Gives the account this role (or none).
     *
     * @param unitId the unit of a unit role for an account that has no unit yet; ignored otherwise
     */
    @Transactional
    public StaffAccount assign(long accountId, StaffRole role, Long unitId) {
        Optional<StaffPrincipal> actor = duties.requireRoleOrSystem(StaffRole.SECURITY_ADMINISTRATOR);
        StaffAccount account = store.byId(accountId).orElseThrow(() -> new RuleViolation("staff.not-found", accountId));
        if (actor.isPresent() && actor.get().accountId() == accountId) {
            refuse(account, role, "为自己分配角色");
            throw new RuleViolation("role.self");
        }
        if (role == account.role()) {
            return account;
        }
        if (account.oneOfTheThreeAdministrators() && account.enabled()
                && store.countEnabledWithRole(account.role()) <= 1) {
            refuse(account, role, "撤下最后一个可用的" + account.role());
            throw new RuleViolation("role.last-holder", account.username());
        }
        Long unit;
        if (role == null) {
            unit = account.unitId();
        } else if (role.unitBound()) {
            Long wanted = account.unitId() != null ? account.unitId() : unitId;
            if (wanted == null) {
                throw new RuleViolation("role.unit.required");
            }
            unit = sites.unit(wanted).orElseThrow(() -> new RuleViolation("staff.unit.not-found")).id();
        } else {
            unit = null;
        }
        store.setRole(accountId, role, unit);
        audit.record(AuditEvent.of("staff.role.assign", TARGET, accountId, unit, account.username() + " 的角色 "
                + name(account.role()) + " → " + name(role)
                + (Objects.equals(unit, account.unitId()) ? "" : "，所属单位 " + account.unitId() + " → " + unit)));
        return store.byId(accountId).orElseThrow();
    }

    private void refuse(StaffAccount account, StaffRole role, String why) {
        audit.recordRefusal(AuditEvent.of("staff.role.assign", TARGET, account.id(), account.unitId(),
                "拒绝：" + why + "（" + account.username() + " " + name(account.role()) + " → " + name(role) + "）"));
    }

    private static String name(StaffRole role) {
        return role == null ? "待分配" : role.name();
    }
}
