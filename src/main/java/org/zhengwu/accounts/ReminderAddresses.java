package org.zhengwu.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.accounts.internal.AccountStore;
import org.zhengwu.platform.security.StaffRole;

/**
 * Where reminders go by e-mail: the addresses staff members gave for it, of enabled accounts only. For the system's
 * own jobs (the case engine's reminders), never shown on a page.
 */
@Service
public class ReminderAddresses {

    private final AccountStore store;

    ReminderAddresses(AccountStore store) {
        this.store = store;
    }

    /** The addresses of these accounts and of every holder of these roles, each once. */
    @Transactional(readOnly = true)
    public List<String> of(Collection<Long> accountIds, Collection<RoleInUnit> roles) {
        LinkedHashSet<String> addresses = new LinkedHashSet<>(store.emailsOf(accountIds));
        for (RoleInUnit r : roles) {
            addresses.addAll(store.emailsOfRole(r.unitId(), r.role()));
        }
        return new ArrayList<>(addresses);
    }

    /** A role, in a unit for the unit roles (null for a group role). */
    public record RoleInUnit(Long unitId, StaffRole role) {
    }
}
