package org.zhengwu.accounts;

import org.zhengwu.platform.security.StaffRole;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.accounts.internal.AccountStore;
import org.zhengwu.accounts.internal.InitialPasswordFile;
import org.zhengwu.accounts.internal.TemporaryPasswords;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.SiteDirectory;

/**
 * Creates staff accounts, resets and changes passwords, disables accounts. Every rule is checked before anything is
 * written. Who may call what is decided by the console (administrators only, except changing one's own password).
 */
@Service
public class StaffAdministration {

    /** User names are typed at every sign-in: lower-case letters, digits, dot, hyphen and underscore. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final SiteDirectory sites;
    private final InitialPasswordFile initialPasswordFile;
    private final Clock clock;

    StaffAdministration(AccountStore store, PasswordEncoder encoder, SiteDirectory sites,
                        InitialPasswordFile initialPasswordFile, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.sites = sites;
        this.initialPasswordFile = initialPasswordFile;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> accounts() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> account(long id) {
        return store.byId(id);
    }

    /** Creates an account with a one-time password that must be changed at the first sign-in. */
    @Transactional
    public IssuedPassword create(NewStaff request) {
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
        if (request.role() == null) {
            throw new RuleViolation("staff.role.required");
        }
        Long unitId = null;
        if (request.role().unitBound()) {
            if (request.unitId() == null) {
                throw new RuleViolation("staff.unit.required");
            }
            unitId = sites.unit(request.unitId()).orElseThrow(() -> new RuleViolation("staff.unit.not-found")).id();
        }
        String password = TemporaryPasswords.generate(14);
        long id = store.insert(username, encoder.encode(password), displayName, unitId, request.role(), true,
                OffsetDateTime.now(clock));
        return new IssuedPassword(store.byId(id).orElseThrow(), password);
    }

    /** Replaces the password with a one-time one, lifts any lockout, and forces a change at the next sign-in. */
    @Transactional
    public IssuedPassword resetPassword(long accountId) {
        StaffAccount account = require(accountId);
        String password = TemporaryPasswords.generate(14);
        store.setPassword(account.id(), encoder.encode(password), true, OffsetDateTime.now(clock));
        return new IssuedPassword(store.byId(accountId).orElseThrow(), password);
    }

    /**
     * Changes one's own password: the current one must be right, the new one typed twice and follow
     * {@link PasswordPolicy}. The initial administrator's password file is deleted once it is no longer valid.
     */
    @Transactional
    public void changePassword(long accountId, String current, String next, String repeat) {
        StaffAccount account = require(accountId);
        String hash = store.passwordHash(accountId).orElseThrow();
        if (current == null || !encoder.matches(current, hash)) {
            throw new RuleViolation("password.current.wrong");
        }
        if (next == null || !next.equals(repeat)) {
            throw new RuleViolation("password.repeat.mismatch");
        }
        PasswordPolicy.check(account.username(), next);
        if (next.equals(current)) {
            throw new RuleViolation("password.new.unchanged");
        }
        store.setPassword(accountId, encoder.encode(next), false, OffsetDateTime.now(clock));
        if (InitialPasswordFile.USERNAME.equals(account.username())) {
            initialPasswordFile.delete();
        }
    }

    /** Stops an account from signing in; its open sessions end at their next request. */
    @Transactional
    public void disable(long accountId, long actingAccountId) {
        StaffAccount account = require(accountId);
        if (accountId == actingAccountId) {
            throw new RuleViolation("staff.disable.self");
        }
        if (account.administrator() && account.enabled() && store.countEnabledAdministrators() <= 1) {
            throw new RuleViolation("staff.disable.last-admin");
        }
        store.setEnabled(accountId, false);
    }

    @Transactional
    public void enable(long accountId) {
        require(accountId);
        store.setEnabled(accountId, true);
    }

    private StaffAccount require(long accountId) {
        return store.byId(accountId).orElseThrow(() -> new RuleViolation("staff.not-found", accountId));
    }
}
