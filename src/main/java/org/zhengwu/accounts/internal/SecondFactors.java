package org.zhengwu.accounts.internal;

import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;

/**
 * The optional TOTP second factor of a staff account: enrolment (a secret shown once as text and QR code, confirmed
 * by a first code), the check at sign-in (each code once), and turning it off. The secret is stored encrypted with
 * the {@link FieldCipher}.
 */
@Service
public class SecondFactors {

    public static final String ISSUER = "政务网站群";
    private static final String TARGET = "staff_account";

    private final AccountStore store;
    private final FieldCipher cipher;
    private final PasswordEncoder encoder;
    private final PolicyStore policies;
    private final UnitScope duties;
    private final AuditTrail audit;
    private final Clock clock;

    SecondFactors(AccountStore store, FieldCipher cipher, PasswordEncoder encoder, PolicyStore policies, UnitScope duties,
                  AuditTrail audit, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.encoder = encoder;
        this.policies = policies;
        this.duties = duties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the enrolment page shows: the secret as text and the URI of the QR code. */
    public record Enrolment(String secret, String uri) {
    }

    /**
     * The pending enrolment of one's own account, started now if there is none: the same secret until it is confirmed,
     * so reloading the page does not invalidate what the app already scanned.
     */
    @Transactional
    public Enrolment enrolment(long accountId) {
        StaffAccount account = own(accountId);
        if (account.totpEnabled()) {
            throw new RuleViolation("totp.already-enabled");
        }
        byte[] secret = store.totpSecret(accountId).map(s -> Totp.fromBase32(cipher.decrypt(s))).orElse(null);
        if (secret == null) {
            secret = Totp.newSecret();
            store.setPendingTotp(accountId, cipher.encrypt(Totp.base32(secret)));
        }
        return new Enrolment(Totp.base32(secret), Totp.uri(ISSUER, account.username(), secret));
    }

    /** Confirms the enrolment with a code from the app; from now on sign-in asks for a code. */
    @Transactional
    public void confirm(long accountId, String code) {
        StaffAccount account = own(accountId);
        if (account.totpEnabled()) {
            throw new RuleViolation("totp.already-enabled");
        }
        if (store.totpSecret(accountId).isEmpty()) {
            throw new RuleViolation("totp.not-started");
        }
        if (!accept(accountId, code)) {
            throw new RuleViolation("totp.code.wrong");
        }
        store.enableTotp(accountId);
        audit.record(AuditEvent.of("account.totp.enable", TARGET, accountId, account.unitId(),
                account.username() + " 启用了两步验证"));
    }

    /** Turns one's own second factor off, with the password; refused where the policy requires it. */
    @Transactional
    public void disable(long accountId, String password) {
        StaffAccount account = own(accountId);
        if (!account.totpEnabled()) {
            return;
        }
        if (account.oneOfTheThreeAdministrators() && policies.read().totpRequiredForAdministrators()) {
            throw new RuleViolation("totp.required");
        }
        if (password == null || !encoder.matches(password, store.passwordHash(accountId).orElseThrow())) {
            throw new RuleViolation("password.current.wrong");
        }
        store.clearTotp(accountId);
        audit.record(AuditEvent.of("account.totp.disable", TARGET, accountId, account.unitId(),
                account.username() + " 关闭了两步验证"));
    }

    /** The sign-in check: the account has a second factor, the code is right and not used before. */
    @Transactional
    public boolean verify(long accountId, String code) {
        return store.byId(accountId).map(StaffAccount::totpEnabled).orElse(false) && accept(accountId, code);
    }

    /** Whether the code matches the stored secret now; its time step is then used up. */
    private boolean accept(long accountId, String code) {
        byte[] secret = secret(accountId).orElse(null);
        OptionalLong step = secret == null ? OptionalLong.empty() : Totp.match(secret, code, clock.instant().getEpochSecond());
        return step.isPresent() && store.acceptTotpStep(accountId, step.getAsLong());
    }

    private java.util.Optional<byte[]> secret(long accountId) {
        return store.totpSecret(accountId).map(s -> Totp.fromBase32(cipher.decrypt(s)));
    }

    private StaffAccount own(long accountId) {
        java.util.Optional<StaffPrincipal> actor = duties.requireRoleOrSystem(StaffRole.values());
        if (actor.isPresent() && actor.get().accountId() != accountId) {
            throw new AccessDeniedException("only the owner manages a second factor");
        }
        return store.byId(accountId).orElseThrow(() -> new RuleViolation("staff.not-found", accountId));
    }
}
