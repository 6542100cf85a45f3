package org.zhengwu.petitions.internal.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.petitions.internal.officework.Checks;
import org.zhengwu.petitions.internal.officework.OfficeWork;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.web.NotFound;

/**
 * Duty rosters for sensitive periods (敏感时期值班表): the petition office declares a period (name, first and last
 * day, at most {@value #MAX_DAYS} days) for some units; each unit's case staff enter, for every day, the leader on
 * duty (带班领导), the staff on duty (值班人员) and a phone (encrypted, shown only to the office and the unit). The
 * office sees each unit's gaps (days without anyone), a printable roster of all units for a day, and the workbook.
 * Each step is checked (a refusal stores nothing) and audited.
 */
@Service
public class DutyRosters {

    static final int MAX_DAYS = 62;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");

    private final DutyStore store;
    private final OfficeWork work;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    DutyRosters(DutyStore store, OfficeWork work, FieldCipher cipher, AuditTrail audit, Clock clock) {
        this.store = store;
        this.work = work;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** One unit's day as shown: null fields on a gap. */
    public record Day(LocalDate day, long unitId, String unitName, String leader, String staff, String phone) {
        public boolean gap() {
            return leader == null;
        }
    }

    /** A period in the list, with how many of its units have gaps (for the office) or whether one's own unit has. */
    public record PeriodRow(long id, String name, LocalDate from, LocalDate to, int units, int unitsWithGaps) {
    }

    /** A unit's gaps in a period. */
    public record UnitGaps(long unitId, String unitName, int days, List<LocalDate> gaps) {
    }

    public record Overview(Period period, List<UnitGaps> units) {
    }

    /** A unit's roster: one line per day, and whether the caller may change it. */
    public record Roster(Period period, long unitId, String unitName, List<Day> days, boolean editable) {
    }

    @Transactional
    public long declare(Map<String, String> typed, List<String> unitIds) {
        StaffPrincipal office = work.office();
        Checks checks = new Checks(typed);
        String name = checks.text("name", 100, true);
        LocalDate from = checks.day("from");
        LocalDate to = checks.day("to");
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                checks.problem("to", "petition.screening.form.to-before-from");
            } else if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
                checks.problem("to", "petition.duty.too-long", MAX_DAYS);
            }
        }
        List<Long> units = work.chosenUnits(unitIds, checks, "units");
        checks.done();
        long id = store.insertPeriod(name, from, to, office.displayName(), OffsetDateTime.now(clock));
        units.forEach(u -> store.insertUnit(id, u));
        audit.record(AuditEvent.of("petition.duty.declare", "duty-period", id, null,
                name + "（" + from + "至" + to + "，" + units.size() + " 个单位）"));
        return id;
    }

    @Transactional(readOnly = true)
    public List<PeriodRow> periods() {
        Long own = work.ownUnit();
        if (own == null) {
            office();
        }
        List<PeriodRow> rows = new ArrayList<>();
        for (Period p : store.periods()) {
            List<Long> units = store.units(p.id());
            if (own != null && !units.contains(own)) {
                continue;
            }
            List<UnitGaps> gaps = gaps(p, own == null ? units : List.of(own));
            rows.add(new PeriodRow(p.id(), p.name(), p.from(), p.to(), units.size(),
                    (int) gaps.stream().filter(g -> !g.gaps().isEmpty()).count()));
        }
        return rows;
    }

    /** The office: each unit's days without anyone on duty, the units with most gaps first. */
    @Transactional(readOnly = true)
    public Overview overview(long periodId) {
        office();
        Period p = period(periodId);
        List<UnitGaps> gaps = new ArrayList<>(gaps(p, store.units(periodId)));
        gaps.sort(java.util.Comparator.comparingInt((UnitGaps g) -> g.gaps().size()).reversed()
                .thenComparing(UnitGaps::unitName));
        return new Overview(p, gaps);
    }

    private List<UnitGaps> gaps(Period p, List<Long> units) {
        Map<Long, java.util.Set<LocalDate>> covered = new HashMap<>();
        for (DutyStore.Entry e : store.entries(p.id(), null)) {
            covered.computeIfAbsent(e.unitId(), k -> new java.util.HashSet<>()).add(e.day());
        }
        List<LocalDate> days = p.days();
        return units.stream().map(u -> new UnitGaps(u, work.unitName(u), days.size(), days.stream()
                .filter(d -> !covered.getOrDefault(u, java.util.Set.of()).contains(d)).toList())).toList();
    }

    /** The office: every unit's duty on one day of the period, to print. Audited: it shows the phones. */
    @Transactional
    public List<Day> day(long periodId, LocalDate day) {
        office();
        Period p = period(periodId);
        if (day.isBefore(p.from()) || day.isAfter(p.to())) {
            throw new NotFound("petition.duty.day-outside", day.toString());
        }
        Map<Long, DutyStore.Entry> byUnit = new HashMap<>();
        store.entries(periodId, null).stream().filter(e -> e.day().equals(day)).forEach(e -> byUnit.put(e.unitId(), e));
        audit.record(AuditEvent.of("petition.duty.print", "duty-period", periodId, null, p.name() + " " + day));
        return store.units(periodId).stream().map(u -> day(day, u, byUnit.get(u)))
                .sorted(java.util.Comparator.comparing(Day::unitName)).toList();
    }

    /** A unit's roster: the office's or the unit's staff's view. */
    @Transactional(readOnly = true)
    public Roster roster(long periodId, long unitId) {
        if (!work.isUnitStaffOf(unitId)) {
            office();
        }
        Period p = period(periodId);
        if (!store.units(periodId).contains(unitId)) {
            throw new NotFound("petition.duty.unit-not-in-period");
        }
        Map<LocalDate, DutyStore.Entry> byDay = new HashMap<>();
        store.entries(periodId, unitId).forEach(e -> byDay.put(e.day(), e));
        List<Day> days = p.days().stream().map(d -> day(d, unitId, byDay.get(d))).toList();
        return new Roster(p, unitId, work.unitName(unitId), days, work.isUnitStaffOf(unitId));
    }

    /**
     * A unit's staff save their roster: per day {@code leader.DAY}, {@code staff.DAY}, {@code phone.DAY}; a day left
     * empty is a gap; a day half filled, a bad phone or too long a name refuses the whole roster.
     */
    @Transactional
    public void save(long periodId, Map<String, String> typed) {
        StaffPrincipal staff = work.unitStaff();
        Period p = period(periodId);
        if (!store.units(periodId).contains(staff.unitId())) {
            throw new AccessDeniedException("the period is not the unit's");
        }
        Checks checks = new Checks(typed);
        List<DutyStore.Entry> entries = new ArrayList<>();
        for (LocalDate d : p.days()) {
            String leader = checks.text("leader." + d, 50, false);
            String onDuty = checks.text("staff." + d, 200, false);
            String phone = checks.text("phone." + d, 20, false);
            if (leader.isEmpty() && onDuty.isEmpty() && phone.isEmpty()) {
                continue;
            }
            if (leader.isEmpty()) {
                checks.problem("leader." + d, "petition.duty.leader-missing", d.toString());
            }
            if (onDuty.isEmpty()) {
                checks.problem("staff." + d, "petition.duty.staff-missing", d.toString());
            }
            if (phone.isEmpty() || !PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 7) {
                checks.problem("phone." + d, "petition.duty.phone", d.toString());
            }
            entries.add(new DutyStore.Entry(staff.unitId(), d, leader, onDuty, cipher.encrypt(phone)));
        }
        checks.done();
        store.replace(periodId, staff.unitId(), entries, staff.displayName(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("petition.duty.save", "duty-period", periodId, staff.unitId(),
                p.name() + "：" + entries.size() + "／" + p.days().size() + " 天已排班"));
    }

    /** The office: the whole period as a workbook. Audited: it carries the phones. */
    @Transactional
    public byte[] workbook(long periodId) {
        Overview o = overview(periodId);
        Map<String, DutyStore.Entry> entries = new HashMap<>();
        store.entries(periodId, null).forEach(e -> entries.put(e.unitId() + "/" + e.day(), e));
        List<Day> all = new ArrayList<>();
        for (LocalDate d : o.period().days()) {
            for (UnitGaps u : o.units().stream().sorted(java.util.Comparator.comparing(UnitGaps::unitName)).toList()) {
                all.add(day(d, u.unitId(), entries.get(u.unitId() + "/" + d)));
            }
        }
        audit.record(AuditEvent.of("petition.duty.export", "duty-period", periodId, null, o.period().name()));
        return DutyWorkbook.write(o, all);
    }

    private Day day(LocalDate d, long unitId, DutyStore.Entry e) {
        String name = work.unitName(unitId);
        return e == null ? new Day(d, unitId, name, null, null, null)
                : new Day(d, unitId, name, e.leader(), e.staff(), cipher.decrypt(e.phoneSealed()));
    }

    private Period period(long id) {
        return store.period(id).orElseThrow(() -> new NotFound("petition.duty.not-found"));
    }

    private void office() {
        work.office();
    }
}
