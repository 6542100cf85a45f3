package org.zhengwu.cases;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Site;

/**
 * Two units with their case handlers and leaders, a dispatcher and a supervisor, made through the real services; and
 * service calls taken as one of them, the way a console request would.
 */
public final class CaseStaff {

    public final Site siteA;
    public final Site siteB;
    public final StaffUser handlerA;
    public final StaffUser leaderA;
    public final StaffUser handlerB;
    public final StaffUser dispatcher;
    public final StaffUser supervisor;

    public CaseStaff(ConsoleFixtures fixtures) {
        siteA = fixtures.site();
        siteB = fixtures.site();
        handlerA = fixtures.staff(StaffRole.CASE_HANDLER, siteA.unitId());
        leaderA = fixtures.staff(StaffRole.UNIT_REVIEWER, siteA.unitId());
        handlerB = fixtures.staff(StaffRole.CASE_HANDLER, siteB.unitId());
        dispatcher = fixtures.staff(StaffRole.DISPATCHER, null);
        supervisor = fixtures.staff(StaffRole.SUPERVISOR, null);
    }

    public long unitA() {
        return siteA.unitId();
    }

    public long unitB() {
        return siteB.unitId();
    }

    public static <T> T as(StaffUser user, Supplier<T> call) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void as(StaffUser user, Runnable call) {
        as(user, () -> {
            call.run();
            return null;
        });
    }
}
