package org.zhengwu.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.function.Supplier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.security.StaffRole;

/** Staff of any role for the account-security tests, made through the real services acting as the system. */
final class Accounts {

    private final StaffAdministration staff;

    Accounts(StaffAdministration staff) {
        this.staff = staff;
    }

    /** An account of this role (of this unit for a unit role) whose password is {@link ConsoleFixtures#PASSWORD}. */
    StaffUser withRole(StaffRole role, Long unitId) {
        IssuedPassword issued = staff.create(new NewStaff(ConsoleFixtures.code(role.name().substring(0, 2).toLowerCase()),
                "测试" + role.name(), role, role.unitBound() ? unitId : null));
        staff.changePassword(issued.account().id(), issued.temporaryPassword(), ConsoleFixtures.PASSWORD, ConsoleFixtures.PASSWORD);
        return StaffUser.of(staff.account(issued.account().id()).orElseThrow());
    }

    /** Signs in through the real form and returns the session (null when the sign-in left none). */
    static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/admin/login").user(username).password(password))
                .andReturn().getRequest().getSession(false);
    }

    /** Runs a service call as this staff member, the way a console request would. */
    static <T> T as(StaffUser user, Supplier<T> call) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
