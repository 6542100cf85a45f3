package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.cases.WorkingDays;

/**
 * {@link WorkingDays} from one calendar built from the table and kept until a change is committed. It covers five
 * years back and ten ahead of today (and every year with entries); days beyond follow the weekend rule.
 */
@Service
class CachedWorkingDays implements WorkingDays {

    static final int YEARS_BACK = 5;
    static final int YEARS_AHEAD = 10;

    private final CalendarStore store;
    private final Clock clock;
    private WorkingDayCalendar cached; // guarded by this

    CachedWorkingDays(CalendarStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return calendar().addWorkingDays(start, n);
    }

    @Override
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        return calendar().workingDaysBetween(a, b);
    }

    /** Loading under the lock means a load cannot finish after an invalidation with data read before the change. */
    @Override
    public synchronized WorkingDayCalendar calendar() {
        if (cached == null) {
            int year = LocalDate.now(clock).getYear();
            cached = WorkingDayCalendar.of(store.all(), year - YEARS_BACK, year + YEARS_AHEAD);
        }
        return cached;
    }

    /** Called after a change to the table is committed. */
    synchronized void invalidate() {
        cached = null;
    }
}
