package org.zhengwu.cases;

import static org.zhengwu.cases.CaseStaff.as;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.cases.internal.DeadlineCheck;

/** Errands ({@link ErrandType}) the way the tests need them, and the deadline job run on a chosen day. */
public final class Errands {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Cases cases;
    private final CaseStaff staff;

    public Errands(Cases cases, CaseStaff staff) {
        this.cases = cases;
        this.staff = staff;
    }

    /** An errand the dispatcher has given unit A today with this many working days. */
    public long assignedToA(String subject, int days) {
        long id = cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("E"), subject, null, null, 0));
        as(staff.dispatcher, () -> cases.assign(id, staff.unitA(), days, CaseStep.to("ASSIGNED", "")));
        return id;
    }

    public CaseView find(long id) {
        return cases.find(id).orElseThrow();
    }

    /** The reminders the deadline job sends about this case when it runs at 9 o'clock on {@code day}. */
    public static List<CaseReminder> remindersOn(DeadlineCheck job, LocalDate day, long caseId) {
        return job.runAt(Clock.fixed(day.atTime(9, 0).atZone(CHINA).toInstant(), CHINA)).stream()
                .filter(r -> r.caseId() == caseId).toList();
    }
}
