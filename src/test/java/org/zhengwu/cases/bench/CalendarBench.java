package org.zhengwu.cases.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zhengwu.cases.CalendarDay;
import org.zhengwu.cases.DayKind;
import org.zhengwu.cases.WorkingDayCalendar;

/**
 * Measurement, not part of the suite: runs only with {@code -Dzhengwu.bench.calendar=true} ({@code bench/calendar.sh}).
 * Deadlines over a 10-year calendar (2026–2035, about 28 holidays and 6 make-up weekend days a year, the later years
 * made up on the pattern of 2026): {@code WorkingDayCalendar.addWorkingDays} with n in 1..60 from random starts,
 * against the obvious alternative in the same run, a day-by-day loop over {@code HashSet<LocalDate>}s of holidays and
 * make-up days. Both answer the same calls and must agree. Plain Java, no Spring and no database.
 */
@EnabledIfSystemProperty(named = "zhengwu.bench.calendar", matches = "true")
class CalendarBench {

    static final int CALLS = Integer.getInteger("zhengwu.bench.calls", 2_000_000);
    static final int ROUNDS = Integer.getInteger("zhengwu.bench.rounds", 5);

    @Test
    void deadlinesOverTenYears() throws IOException {
        List<CalendarDay> days = tenYears();
        WorkingDayCalendar calendar = WorkingDayCalendar.of(days, 2026, 2035);
        Naive naive = new Naive(days);

        Random random = new Random(42);
        LocalDate[] starts = new LocalDate[CALLS];
        int[] ns = new int[CALLS];
        for (int i = 0; i < CALLS; i++) {
            starts[i] = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3652 - 90));
            ns[i] = 1 + random.nextInt(60);
        }
        for (int i = 0; i < 20_000; i++) {
            assertThat(calendar.addWorkingDays(starts[i], ns[i])).isEqualTo(naive.addWorkingDays(starts[i], ns[i]));
        }

        long bestFast = Long.MAX_VALUE;
        long bestNaive = Long.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < ROUNDS + 2; round++) { // the first two rounds warm the JIT up
            long t0 = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += calendar.addWorkingDays(starts[i], ns[i]).toEpochDay();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += naive.addWorkingDays(starts[i], ns[i]).toEpochDay();
            }
            long t2 = System.nanoTime();
            if (round >= 2) {
                bestFast = Math.min(bestFast, t1 - t0);
                bestNaive = Math.min(bestNaive, t2 - t1);
            }
        }
        double fast = (double) bestFast / CALLS;
        double slow = (double) bestNaive / CALLS;
        String report = String.format(java.util.Locale.ROOT,
                "calendar: 10 years (2026-2035), %d entries; %d calls of addWorkingDays(start, n), n uniform in 1..60, best of %d rounds%n"
                        + "prefix counts + binary search: %.1f ns per call%n"
                        + "day-by-day loop over HashSet<LocalDate>: %.1f ns per call%n"
                        + "ratio (loop / prefix counts): %.1fx   (checksum %d)%n",
                days.size(), CALLS, ROUNDS, fast, slow, slow / fast, sink % 1000);
        System.out.print(report);
        String out = System.getProperty("zhengwu.bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
        }
    }

    /** 2026 as in WorkingDayCalendarTest; later years follow the same pattern shifted to their weekdays (fictional). */
    static List<CalendarDay> tenYears() {
        List<CalendarDay> days = new ArrayList<>();
        for (int year = 2026; year <= 2035; year++) {
            holidays(days, LocalDate.of(year, 1, 1), 3, "元旦");
            holidays(days, LocalDate.of(year, 2, 15), 9, "春节");
            holidays(days, LocalDate.of(year, 4, 4), 3, "清明节");
            holidays(days, LocalDate.of(year, 5, 1), 5, "劳动节");
            holidays(days, LocalDate.of(year, 6, 19), 3, "端午节");
            holidays(days, LocalDate.of(year, 9, 25), 3, "中秋节");
            holidays(days, LocalDate.of(year, 10, 1), 7, "国庆节");
            for (LocalDate around : List.of(LocalDate.of(year, 2, 14), LocalDate.of(year, 2, 28), LocalDate.of(year, 5, 9),
                    LocalDate.of(year, 9, 20), LocalDate.of(year, 10, 10), LocalDate.of(year, 1, 4))) {
                LocalDate weekend = around;
                while (!isWeekend(weekend)) {
                    weekend = weekend.plusDays(1);
                }
                LocalDate w = weekend;
                if (days.stream().noneMatch(d -> d.date().equals(w))) {
                    days.add(new CalendarDay(w, DayKind.MAKEUP_WORKDAY, "调休"));
                }
            }
        }
        return days;
    }

    private static void holidays(List<CalendarDay> days, LocalDate from, int count, String name) {
        for (int i = 0; i < count; i++) {
            days.add(new CalendarDay(from.plusDays(i), DayKind.HOLIDAY, name));
        }
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The obvious implementation: step one day at a time and look each day up in two hash sets. */
    static final class Naive {
        private final Set<LocalDate> holidays = new HashSet<>();
        private final Set<LocalDate> makeUps = new HashSet<>();

        Naive(List<CalendarDay> days) {
            for (CalendarDay d : days) {
                (d.kind() == DayKind.HOLIDAY ? holidays : makeUps).add(d.date());
            }
        }

        LocalDate addWorkingDays(LocalDate start, int n) {
            LocalDate d = start;
            while (n > 0) {
                d = d.plusDays(1);
                if (makeUps.contains(d) || !isWeekend(d) && !holidays.contains(d)) {
                    n--;
                }
            }
            return d;
        }
    }
}
