package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.sites.SiteAdministration;

/** The figures other modules' statistics read: per unit and per category, for one type and a period. */
@ZhengwuTest
class CaseFiguresTest {

    @Autowired
    CaseFigures figures;
    @Autowired
    Cases cases;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Clock clock;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;
    @Autowired
    JdbcClient jdbc;

    private long errand(long unit, String category) {
        return cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("F"), "统计用", category, unit, 5));
    }

    private void set(long id, String column, LocalDate value) {
        jdbc.sql("UPDATE case_record SET " + column + " = ? WHERE id = ?").params(value, id).update();
    }

    @Test
    void aUnitsFiguresCountReceivedClosedOnTimeWorkingDaysOpenAndOverdue() {
        CaseStaff staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
        LocalDate today = LocalDate.now(clock);
        LocalDate twoWeeksAgo = today.minusDays(14);
        String roads = ConsoleFixtures.code("roads");
        String water = ConsoleFixtures.code("water");
        errand(staff.unitA(), roads);                         // open
        long onTime = errand(staff.unitA(), roads);           // assigned two weeks ago, closed today on time
        set(onTime, "assigned_on", twoWeeksAgo);
        cases.move(onTime, CaseStep.to("DONE", ""));
        long overdue = errand(staff.unitA(), water);          // open past its deadline
        set(overdue, "deadline", today.minusDays(3));
        long late = errand(staff.unitA(), water);             // closed today after its deadline
        set(late, "deadline", today.minusDays(1));
        cases.move(late, CaseStep.to("DONE", ""));
        errand(staff.unitB(), roads);

        CaseFigures.Figures a = figures.perUnit(ErrandType.CODE, today, today).stream()
                .filter(f -> Long.valueOf(staff.unitA()).equals(f.unitId())).findFirst().orElseThrow();
        assertThat(a.received()).isEqualTo(4);
        assertThat(a.closed()).isEqualTo(2);
        assertThat(a.closedOnTime()).isEqualTo(1);
        assertThat(a.onTimeRate()).isEqualTo(0.5);
        assertThat(a.averageWorkingDaysToClose()).isEqualTo(workingDays.workingDaysBetween(twoWeeksAgo, today) / 2.0);
        assertThat(a.openNow()).isEqualTo(2);
        assertThat(a.overdueNow()).isEqualTo(1);

        assertThat(figures.perCategory(ErrandType.CODE, today, today))
                .filteredOn(f -> water.equals(f.category())).singleElement()
                .satisfies(f -> {
                    assertThat(f.received()).isEqualTo(2);
                    assertThat(f.closed()).isEqualTo(1);
                    assertThat(f.closedOnTime()).isZero();
                    assertThat(f.overdueNow()).isEqualTo(1);
                });
        assertThat(figures.perCategory(ErrandType.CODE, today, today))
                .filteredOn(f -> roads.equals(f.category())).singleElement()
                .satisfies(f -> assertThat(f.received()).isEqualTo(3));
    }

    @Test
    void anotherPeriodReceivedAndClosedNothingButStillCountsWhatIsOpenNow() {
        CaseStaff staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
        errand(staff.unitA(), null);
        LocalDate lastYear = LocalDate.now(clock).minusYears(1);
        assertThat(figures.perUnit(ErrandType.CODE, lastYear, lastYear.plusDays(30)))
                .filteredOn(f -> Long.valueOf(staff.unitA()).equals(f.unitId())).singleElement()
                .satisfies(f -> {
                    assertThat(f.received()).isZero();
                    assertThat(f.closed()).isZero();
                    assertThat(f.averageWorkingDaysToClose()).isNull();
                    assertThat(f.onTimeRate()).isNull();
                    assertThat(f.openNow()).isEqualTo(1);
                });
    }

    @Test
    void anUnknownTypeOrAnUpsideDownPeriodIsRefused() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> figures.perUnit("no-such-type", today, today))
                .hasFieldOrPropertyWithValue("key", "cases.type.unknown");
        assertThatThrownBy(() -> figures.perCategory(ErrandType.CODE, today, today.minusDays(1)))
                .hasFieldOrPropertyWithValue("key", "cases.figures.period");
    }
}
