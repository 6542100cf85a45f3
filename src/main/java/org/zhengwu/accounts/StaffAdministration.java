package org.zhengwu.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.accounts.internal.AccountStore;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.accounts.internal.InitialPasswordFile;
import org.zhengwu.accounts.internal.PolicyStore;
import org.zhengwu.accounts.internal.TemporaryPasswords;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteDirectory;

/**
 * The system administrator's (系统管理员) work on staff accounts: create them, set their unit, reset passwords,
 * disable and enable them; and every staff member's change of their own password. Roles are the security
 * administrator's ({@link RoleAssignment}): the system administrator gives a new account a unit role directly, or
 * creates it without a role for the security administrator to assign a group role. The accounts of the security and
 * audit administrators are out of the system administrator's reach, so no one of the three can take over another's
 * account (三员分立). Every rule is checked before anything is written; every change is audited.
 */
@Service
public class StaffAdministration {

    /** User names are typed at every sign-in: lower-case letters, digits, dot, hyphen and underscore. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final String TARGET = "staff_account";
    /** One @, no spaces or angle brackets, a dot in the domain: what a mail server will take as an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\".]+");
    static final int MAX_EMAIL = 254;

    private final AccountStore store;
    private final PolicyStore policies;
    private final PasswordEncoder encoder;
    private final SiteDirectory sites;
    private final InitialPasswordFile initialPasswordFile;
    private final UnitScope duties;
    private final AuditTrail audit;
    private final Clock clock;

    StaffAdministration(AccountStore store, PolicyStore policies, PasswordEncoder encoder, SiteDirectory sites,
                        InitialPasswordFile initialPasswordFile, UnitScope duties, AuditTrail audit, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.encoder = encoder;
        this.sites = sites;
        this.initialPasswordFile = initialPasswordFile;
        this.duties = duties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every account: for the system and security administrators. */
    @Transactional(readOnly = true)
    public List<StaffAccount> accounts() {
        duties.requireRoleOrSystem(StaffRole.ADMINISTRATOR, StaffRole.SECURITY_ADMINISTRATOR);
        return store.all();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> account(long id) {
        return store.byId(id);
    }

    /**
     * Creates an account with a one-time password that must be changed at the first sign-in. The system
     * administrator may give it a unit role (with its unit) or no role; a group role is refused, it is the security
     * administrator's to assign. (Start-up and tests, acting as the system, may create any role.)
     */
    @Transactional
    public IssuedPassword create(NewStaff request) {
        Optional<StaffPrincipal> actor = duties.requireRoleOrSystem(StaffRole.ADMINISTRATOR);
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolation("staff.username.invalid", username);
        }
        if (store.usernameTaken(username)) {
            throw new RuleViolation("staff.username.duplicate", username);
        }
        String displayName = request.displayName() == null ? "" : request.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new RuleViolation("staff.display-name.required", 100);
        }
        StaffRole role = request.role();
        if (role != null && !role.unitBound() && actor.isPresent()) {
            audit.recordRefusal(AuditEvent.of("staff.create", TARGET, null, null,
                    "系统管理员不能直接创建全站角色账号 " + username + "（" + role + "）"));
            throw new RuleViolation("staff.role.group-by-security-admin");
        }
        Long unitId = unit(request.unitId(), role != null && role.unitBound());
        String password = TemporaryPasswords.generate(14);
        long id = store.insert(username, encoder.encode(password), displayName, unitId, role, true, OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("staff.create", TARGET, id, unitId,
                "创建账号 " + username + "（" + displayName + "），角色 " + (role == null ? "待分配" : role.name())));
        return new IssuedPassword(store.byId(id).orElseThrow(), password);
    }

    /** Moves an account to another unit (a unit role needs one; an account without a role may have one or none). */
    @Transactional
    public void setUnit(long accountId, Long unitId) {
        duties.requireRoleOrSystem(StaffRole.ADMINISTRATOR);
        StaffAccount account = require(accountId);
        outOfReachOfTheSystemAdministrator(account, "staff.unit.change");
        if (account.role() != null && !account.role().unitBound()) {
            throw new RuleViolation("staff.unit.group-role");
        }
        Long unit = unit(unitId, account.role() != null);
        store.setUnit(accountId, unit);
        audit.record(AuditEvent.of("staff.unit.change", TARGET, accountId, unit,
                account.username() + " 所属单位 " + account.unitId() + " → " + unit));
    }

    /**
     * Replaces the password with a one-time one, lifts any lockout, removes the second factor (its owner enrols
     * again) and forces a change at the next sign-in.
     */
    @Transactional
    public IssuedPassword resetPassword(long accountId) {
        duties.requireRoleOrSystem(StaffRole.ADMINISTRATOR);
        StaffAccount account = require(accountId);
        outOfReachOfTheSystemAdministrator(account, "staff.reset-password");
        String password = TemporaryPasswords.generate(14);
        store.setPassword(account.id(), encoder.encode(password), true, OffsetDateTime.now(clock));
        store.clearTotp(account.id());
        audit.record(AuditEvent.of("staff.reset-password", TARGET, accountId, account.unitId(),
                "重置 " + account.username() + " 的密码并清除其两步验证"));
        return new IssuedPassword(store.byId(accountId).orElseThrow(), password);
    }

    /**
     * Changes one's own password: the current one must be right, the new one typed twice, follow the policy's
     * complexity rules and differ from the last passwords the policy names. An initial administrator's password file
     * is deleted once it is no longer valid.
     */
    @Transactional
    public void changePassword(long accountId, String current, String next, String repeat) {
        Optional<StaffPrincipal> actor = duties.requireRoleOrSystem(StaffRole.values());
        if (actor.isPresent() && actor.get().accountId() != accountId) {
            throw new AccessDeniedException("only the owner changes a password");
        }
        StaffAccount account = require(accountId);
        String hash = store.passwordHash(accountId).orElseThrow();
        if (current == null || !encoder.matches(current, hash)) {
            throw new RuleViolation("password.current.wrong");
        }
        if (next == null || !next.equals(repeat)) {
            throw new RuleViolation("password.repeat.mismatch");
        }
        SecurityPolicy policy = policies.read();
        policy.password().check(account.username(), next);
        if (next.equals(current)) {
            throw new RuleViolation("password.new.unchanged");
        }
        if (policy.historyCount() > 1) {
            for (String old : store.recentHistory(accountId, policy.historyCount() - 1)) {
                if (encoder.matches(next, old)) {
                    throw new RuleViolation("password.new.reused", policy.historyCount());
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.addHistory(accountId, hash, now);
        store.pruneHistory(accountId, 24);
        store.setPassword(accountId, encoder.encode(next), false, now);
        audit.record(AuditEvent.of("account.password.change", TARGET, accountId, account.unitId(),
                account.username() + " 修改了自己的密码"));
        initialPasswordFile.delete(account.username());
    }

    /**
     * Sets (or, blank, removes) one's own address for reminders by e-mail. Only its owner sets it: an address typed
     * by somebody else would send another person's case reminders there.
     */
    @Transactional
    public void setOwnEmail(long accountId, String email) {
        Optional<StaffPrincipal> actor = duties.requireRoleOrSystem(StaffRole.values());
        if (actor.isPresent() && actor.get().accountId() != accountId) {
            throw new AccessDeniedException("only the owner sets the reminder address");
        }
        StaffAccount account = require(accountId);
        String address = email == null ? "" : email.strip();
        if (address.length() > MAX_EMAIL) {
            throw new RuleViolation("account.email.too-long", MAX_EMAIL);
        }
        if (!address.isEmpty() && !EMAIL.matcher(address).matches()) {
            throw new RuleViolation("account.email.invalid");
        }
        store.setEmail(accountId, address.isEmpty() ? null : address);
        audit.record(AuditEvent.of("account.email.change", TARGET, accountId, account.unitId(),
                account.username() + (address.isEmpty() ? " 删除了提醒邮箱" : " 设置了提醒邮箱")));
    }

    /** Stops an account from signing in; its open sessions end at their next request. */
    @Transactional
    public void disable(long accountId, long actingAccountId) {
        duties.requireRoleOrSystem(StaffRole.ADMINISTRATOR);
        StaffAccount account = require(accountId);
        if (accountId == actingAccountId) {
            throw new RuleViolation("staff.disable.self");
        }
        outOfReachOfTheSystemAdministrator(account, "staff.disable");
        if (account.administrator() && account.enabled() && store.countEnabledAdministrators() <= 1) {
            throw new RuleViolation("staff.disable.last-admin");
        }
        store.setEnabled(accountId, false);
        audit.record(AuditEvent.of("staff.disable", TARGET, accountId, account.unitId(), "停用账号 " + account.username()));
    }

    @Transactional
    public void enable(long accountId) {
        duties.requireRoleOrSystem(StaffRole.ADMINISTRATOR);
        StaffAccount account = require(accountId);
        outOfReachOfTheSystemAdministrator(account, "staff.enable");
        store.setEnabled(accountId, true);
        audit.record(AuditEvent.of("staff.enable", TARGET, accountId, account.unitId(), "启用账号 " + account.username()));
    }

    /**
     * The security and audit administrators' accounts: the system administrator can neither reset their password
     * (and so sign in as them) nor disable or move them. A change there takes the security administrator first
     * (withdrawing the role), then the system administrator.
     */
    private void outOfReachOfTheSystemAdministrator(StaffAccount account, String action) {
        if (account.role() == StaffRole.SECURITY_ADMINISTRATOR || account.role() == StaffRole.AUDIT_ADMINISTRATOR) {
            audit.recordRefusal(AuditEvent.of(action, TARGET, account.id(), null,
                    "系统管理员不能操作" + account.role() + "的账号 " + account.username()));
            throw new RuleViolation("staff.other-administrator", account.username());
        }
    }

    private Long unit(Long unitId, boolean required) {
        if (unitId == null) {
            if (required) {
                throw new RuleViolation("staff.unit.required");
            }
            return null;
        }
        return sites.unit(unitId).orElseThrow(() -> new RuleViolation("staff.unit.not-found")).id();
    }

    private StaffAccount require(long accountId) {
        return store.byId(accountId).orElseThrow(() -> new RuleViolation("staff.not-found", accountId));
    }
}
