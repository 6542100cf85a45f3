package org.zhengwu.accounts.internal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The password was right and the account has a second factor: the session holds this until the code is given. It
 * grants no role and is no staff principal, so every console page but the code page stays closed.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

    private final long accountId;
    private final String username;

    public PendingSecondFactor(long accountId, String username) {
        super(List.of());
        this.accountId = accountId;
        this.username = username;
        setAuthenticated(true);
    }

    public long accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
