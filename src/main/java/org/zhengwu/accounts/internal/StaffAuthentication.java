package org.zhengwu.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhengwu.accounts.StaffAccount;

/**
 * Checks a user name and password against the staff accounts. Five wrong passwords in a row lock the account for
 * fifteen minutes; a locked account is refused without looking at the password. An unknown user name costs the
 * same hashing time as a known one, so timing does not tell which names exist.
 */
@Component
public class StaffAuthentication implements AuthenticationProvider {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private volatile String dummyHash;

    StaffAuthentication(AccountStore store, PasswordEncoder encoder, Clock clock) {
        this.store = store;
        this.encoder = encoder;
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
            throw new BadCredentialsException("bad credentials");
        }
        StaffAccount account = found.get();
        if (account.lockedAt(now)) {
            throw new LockedException("locked until " + account.lockedUntil());
        }
        String hash = store.passwordHash(account.id()).orElseThrow();
        if (!encoder.matches(password, hash)) {
            if (store.recordFailure(account.id(), MAX_FAILURES, now.plus(LOCK_TIME))) {
                throw new LockedException("locked after " + MAX_FAILURES + " failures");
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (!account.enabled()) {
            throw new DisabledException("disabled");
        }
        store.recordSuccess(account.id());
        StaffUser user = StaffUser.of(account);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
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
