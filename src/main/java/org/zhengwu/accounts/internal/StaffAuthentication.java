package org.zhengwu.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.zhengwu.accounts.SignInRecord.Outcome;
import org.zhengwu.accounts.StaffAccount;

/**
 * Checks a user name and password against the staff accounts. After the policy's number of wrong passwords in a row
 * from one address, that address is locked out of the account ({@link SignInGuard}); a locked address is refused
 * without looking at the password, while the right password from another address still gets in. An unknown user
 * name, a wrong password and a locked address get the same answer in the same time, so neither the message nor the
 * timing tells which names exist. A right password of an account with a second factor yields a
 * {@link PendingSecondFactor}; a hash of another algorithm than the configured one is replaced on success.
 */
@Component
public class StaffAuthentication implements AuthenticationProvider {

    private final AccountStore store;
    private final SignInGuard guard;
    private final PasswordEncoder encoder;
    private final SignInAttempts attempts;
    private final Clock clock;
    private volatile String dummyHash;

    StaffAuthentication(AccountStore store, SignInGuard guard, PasswordEncoder encoder, SignInAttempts attempts, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.encoder = encoder;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName() == null ? "" : request.getName().trim().toLowerCase(Locale.ROOT);
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<StaffAccount> found = username.isEmpty() ? Optional.empty() : store.byUsername(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash());
            attempts.record(null, null, username, Outcome.FAILURE);
            throw new BadCredentialsException("bad credentials");
        }
        StaffAccount account = found.get();
        String address = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (guard.locked(account.id(), address, now)) {
            encoder.matches(password, dummyHash());
            attempts.record(account.id(), account.unitId(), username, Outcome.LOCKED);
            throw new BadCredentialsException("address locked");
        }
        String hash = store.passwordHash(account.id()).orElseThrow();
        if (!encoder.matches(password, hash)) {
            boolean locked = guard.failed(account, address, now);
            attempts.record(account.id(), account.unitId(), username, locked ? Outcome.LOCKED : Outcome.FAILURE);
            throw new BadCredentialsException("bad credentials");
        }
        // past this point the password was right: telling a disabled account apart reveals nothing new
        if (!account.enabled() || account.role() == null) {
            attempts.record(account.id(), account.unitId(), username, Outcome.DISABLED);
            throw account.enabled() ? new NoRole() : new DisabledException("disabled");
        }
        if (encoder.upgradeEncoding(hash)) {
            store.rehash(account.id(), hash, encoder.encode(password));
        }
        if (account.totpEnabled()) {
            return new PendingSecondFactor(account.id(), account.username());
        }
        guard.succeeded(account.id(), address);
        StaffUser user = StaffUser.of(account);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A right password of an enabled account that waits for the security administrator to assign a role. */
    public static final class NoRole extends DisabledException {
        NoRole() {
            super("no role");
        }
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = encoder.encode(TemporaryPasswords.generate(16));
            dummyHash = h;
        }
        return h;
    }
}
