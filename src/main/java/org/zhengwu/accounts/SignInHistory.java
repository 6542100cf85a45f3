package org.zhengwu.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.accounts.internal.SignInStore;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;

/** The login history: each staff member sees their own; the security and audit administrators see everyone's. */
@Service
public class SignInHistory {

    private final SignInStore store;
    private final UnitScope duties;

    SignInHistory(SignInStore store, UnitScope duties) {
        this.store = store;
        this.duties = duties;
    }

    /** The newest attempts on this account, newest first: for its owner and the two administrators above. */
    @Transactional(readOnly = true)
    public List<SignInRecord> of(long accountId, int limit) {
        Optional<StaffPrincipal> actor = duties.requireRoleOrSystem(StaffRole.values());
        if (actor.isPresent() && actor.get().accountId() != accountId && actor.get().role() != StaffRole.SECURITY_ADMINISTRATOR
                && actor.get().role() != StaffRole.AUDIT_ADMINISTRATOR) {
            throw new AccessDeniedException("another account's sign-ins");
        }
        return store.ofAccount(accountId, Math.max(1, Math.min(limit, 200)));
    }

    /** A page of everyone's attempts, newest first, optionally of one typed user name. */
    @Transactional(readOnly = true)
    public List<SignInRecord> everyone(String username, int offset, int limit) {
        duties.requireRoleOrSystem(StaffRole.SECURITY_ADMINISTRATOR, StaffRole.AUDIT_ADMINISTRATOR);
        return store.page(username, Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    public long countEveryone(String username) {
        duties.requireRoleOrSystem(StaffRole.SECURITY_ADMINISTRATOR, StaffRole.AUDIT_ADMINISTRATOR);
        return store.count(username);
    }
}
