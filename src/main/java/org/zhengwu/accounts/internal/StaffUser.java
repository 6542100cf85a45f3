package org.zhengwu.accounts.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.StaffPrincipal;

/**
 * The signed-in staff member held in the session. It carries no password; the account row is read again on every
 * console request (see {@link AccountStateFilter}), so a disabled account or a reset password takes effect at once.
 */
public record StaffUser(long accountId, String username, String displayName, Long unitId, StaffRole role,
                        boolean mustChangePassword) implements StaffPrincipal, UserDetails {

    public static StaffUser of(StaffAccount account) {
        return of(account, account.mustChangePassword());
    }

    /** With {@code mustChangePassword} also set when the policy finds the password expired. */
    public static StaffUser of(StaffAccount account, boolean mustChangePassword) {
        return new StaffUser(account.id(), account.username(), account.displayName(), account.unitId(), account.role(),
                mustChangePassword);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
