package org.zhengwu.supervision;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseStaff;
import org.zhengwu.cases.internal.CalendarAdministration;
import org.zhengwu.platform.ApplicationClock;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * The supervision tests' people and time: units with a 办件人 and a 信息员 each, a supervisor, steps taken as one of
 * them at a chosen moment in the past (the application's clock set for the work, never a sleep), and the working-day
 * calendar's 2021 Qingming holiday (Monday 5 April 2021) that the sentences of the tests count with.
 */
@Component
public class SupervisionDesk {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A unit with its site, its 办件人 and its 信息员. */
    public record UnitStaff(Site site, String unitName, StaffUser handler, StaffUser editor) {
        public long unitId() {
            return site.unitId();
        }
    }

    private final SiteAdministration sites;
    private final StaffAdministration staff;
    private final ApplicationClock clock;
    private final CalendarAdministration calendar;
    private final SiteDirectory directory;

    SupervisionDesk(SiteAdministration sites, StaffAdministration staff, ApplicationClock clock,
                    CalendarAdministration calendar, SiteDirectory directory) {
        this.directory = directory;
        this.sites = sites;
        this.staff = staff;
        this.clock = clock;
        this.calendar = calendar;
    }

    public ConsoleFixtures fixtures() {
        return new ConsoleFixtures(sites, staff);
    }

    public UnitStaff unit() {
        ConsoleFixtures f = fixtures();
        Site site = f.site();
        return new UnitStaff(site, directory.unit(site.unitId()).orElseThrow().name(),
                f.staff(StaffRole.CASE_HANDLER, site.unitId()), f.editorOf(site));
    }

    public StaffUser supervisor() {
        return fixtures().staff(StaffRole.SUPERVISOR, null);
    }

    /** 清明节 2021: Monday 5 April 2021 is a holiday (entered once for the whole test run). */
    public void qingming2021() {
        StaffUser admin = fixtures().administrator();
        try {
            CaseStaff.as(admin, () -> calendar.add("2021-04-05", "HOLIDAY", "清明节"));
        } catch (RuleViolation e) {
            // already entered by an earlier test of the run
        }
    }

    /** Does the work as the given person at that moment (China Standard Time). */
    public <T> T at(String dateTime, StaffUser as, Supplier<T> work) {
        return clock.asOf(LocalDateTime.parse(dateTime).atZone(CHINA).toInstant(),
                () -> as == null ? work.get() : CaseStaff.as(as, work));
    }

    public void at(String dateTime, StaffUser as, Runnable work) {
        at(dateTime, as, () -> {
            work.run();
            return null;
        });
    }
}
