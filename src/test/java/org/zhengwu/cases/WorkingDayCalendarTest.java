package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /**
     * The 2026 arrangement of 《国务院办公厅关于2026年部分节假日安排的通知》 as far as these tests use it: 元旦 1–3
     * January with Sunday 4 January worked; 春节 15–23 February with Saturdays 14 and 28 February worked; 劳动节 1–5
     * May with Saturday 9 May worked; 国庆节 1–7 October with Sunday 20 September and Saturday 10 October worked.
     */
    static List<CalendarDay> year2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "2026-01-01", "2026-01-03", "元旦");
        days.add(new CalendarDay(LocalDate.parse("2026-01-04"), DayKind.MAKEUP_WORKDAY, "元旦调休"));
        holidays(days, "2026-02-15", "2026-02-23", "春节");
        days.add(new CalendarDay(LocalDate.parse("2026-02-14"), DayKind.MAKEUP_WORKDAY, "春节调休"));
        days.add(new CalendarDay(LocalDate.parse("2026-02-28"), DayKind.MAKEUP_WORKDAY, "春节调休"));
        holidays(days, "2026-05-01", "2026-05-05", "劳动节");
        days.add(new CalendarDay(LocalDate.parse("2026-05-09"), DayKind.MAKEUP_WORKDAY, "劳动节调休"));
        holidays(days, "2026-10-01", "2026-10-07", "国庆节");
        days.add(new CalendarDay(LocalDate.parse("2026-09-20"), DayKind.MAKEUP_WORKDAY, "国庆节调休"));
        days.add(new CalendarDay(LocalDate.parse("2026-10-10"), DayKind.MAKEUP_WORKDAY, "国庆节调休"));
        return days;
    }

    private static void holidays(List<CalendarDay> days, String from, String to, String name) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayKind.HOLIDAY, name));
        }
    }

    final WorkingDayCalendar calendar = WorkingDayCalendar.of(year2026(), 2020, 2030);

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAreNot() {
        assertThat(calendar.isWorkingDay(d("2026-03-02"))).isTrue();  // Monday
        assertThat(calendar.isWorkingDay(d("2026-03-07"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(d("2026-03-08"))).isFalse(); // Sunday
    }

    @Test
    void holidaysOnWeekdaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(d("2026-10-01"))).isFalse(); // Thursday, 国庆节
        assertThat(calendar.isWorkingDay(d("2026-02-16"))).isFalse(); // Monday, 春节
    }

    @Test
    void theMakeUpSaturdaysAndSundayOf2026AreWorkingDays() {
        assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-02-28"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-09-20"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-10-10"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-01-04"))).isTrue();
    }

    @Test
    void theStartDayDoesNotCountAndTheNextWorkingDayIsDayOne() {
        assertThat(calendar.addWorkingDays(d("2026-03-02"), 1)).isEqualTo(d("2026-03-03"));
        assertThat(calendar.addWorkingDays(d("2026-03-06"), 1)).isEqualTo(d("2026-03-09")); // Friday to Monday
    }

    @Test
    void aPeriodEndingInTheNationalDayHolidayMovesToTheMakeUpSaturday() {
        // Tuesday 29 September: day 1 is Wednesday 30 September, then 1–7 October are holidays and Thursday 8
        // October is day 2, Friday 9 day 3 and the make-up Saturday 10 October day 4.
        assertThat(calendar.addWorkingDays(d("2026-09-29"), 1)).isEqualTo(d("2026-09-30"));
        assertThat(calendar.addWorkingDays(d("2026-09-29"), 2)).isEqualTo(d("2026-10-08"));
        assertThat(calendar.addWorkingDays(d("2026-09-29"), 4)).isEqualTo(d("2026-10-10"));
    }

    @Test
    void theSpringFestivalMakeUpSaturdayCountsBeforeTheHoliday() {
        // Friday 13 February: the make-up Saturday 14 February is day 1, the next is Tuesday 24 February.
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
    }

    @Test
    void aStartOnAHolidayCountsFromTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(d("2026-10-03"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(calendar.addWorkingDays(d("2026-10-03"), 0)).isEqualTo(d("2026-10-08"));
        assertThat(calendar.addWorkingDays(d("2026-10-08"), 0)).isEqualTo(d("2026-10-08"));
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            LocalDate start = d("2019-06-01").plusDays(random.nextInt(365 * 13));
            int n = random.nextInt(120);
            LocalDate end = calendar.addWorkingDays(start, n);
            if (n > 0) {
                assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(end, start)).isEqualTo(-n);
            }
        }
    }

    @Test
    void theFastAnswersAgreeWithCountingDayByDayAlsoOutsideTheCoveredYears() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUps = new HashSet<>();
        for (CalendarDay day : year2026()) {
            (day.kind() == DayKind.HOLIDAY ? holidays : makeUps).add(day.date());
        }
        WorkingDayCalendar narrow = WorkingDayCalendar.of(year2026(), 2026, 2026);
        Random random = new Random(11);
        for (int i = 0; i < 3000; i++) {
            LocalDate start = d("2024-10-01").plusDays(random.nextInt(365 * 4));
            int n = 1 + random.nextInt(60);
            LocalDate day = start;
            for (int left = n; left > 0; ) {
                day = day.plusDays(1);
                boolean working = makeUps.contains(day) || !CalendarDay.weekend(day) && !holidays.contains(day);
                if (working) {
                    left--;
                }
            }
            assertThat(narrow.addWorkingDays(start, n)).as("%s + %d", start, n).isEqualTo(day);
        }
    }

    @Test
    void aNegativePeriodIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-02"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWeekendOnlyCalendarCountsFiveDaysAWeek() {
        WorkingDayCalendar plain = WorkingDayCalendar.weekendsOnly(2091, 2091);
        assertThat(plain.addWorkingDays(d("2091-03-05"), 5)).isEqualTo(d("2091-03-12"));
        assertThat(plain.workingDaysBetween(d("2091-01-01"), d("2091-12-31"))).isEqualTo(260);
    }
}
