package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.cases.CalendarDay;
import org.zhengwu.cases.DayKind;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;

/**
 * The administrator's changes to the calendar: add or remove one day, replace a year from text. Each change is
 * audited in its transaction and the cached calendar is rebuilt after commit. Callers check the role.
 */
@Service
public class CalendarAdministration {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2099;

    /** The outcome of an import: the entries stored, or the bad lines (and then nothing was stored). */
    public record ImportResult(int year, int stored, List<BadLine> bad) {
    }

    /** A line of an import that was not taken: its number (from 1), its text and why. */
    public record BadLine(int number, String text, String key, Object[] args) {
    }

    private final CalendarStore store;
    private final CachedWorkingDays cache;
    private final AuditTrail audit;
    private final UnitScope scope;
    private final Clock clock;

    CalendarAdministration(CalendarStore store, CachedWorkingDays cache, AuditTrail audit, UnitScope scope, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        return store.ofYear(year);
    }

    /** Adds one entry; the date comes as typed (yyyy-MM-dd), so that an impossible date gets its own message. */
    @Transactional
    public CalendarDay add(String dateText, String kindText, String name) {
        LocalDate date = parseDate(dateText);
        checkYear(date.getYear());
        DayKind kind = parseKind(kindText);
        CalendarDay day = CalendarText.check(date, kind, name);
        if (store.on(date).isPresent()) {
            throw new RuleViolation("cases.calendar.date.duplicate", date);
        }
        try {
            store.insert(day, actor(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("cases.calendar.date.duplicate", date);
        }
        audit.record(AuditEvent.of("cases.calendar.add", "calendar_day", date, null, kind + " " + day.name()));
        changed();
        return day;
    }

    @Transactional
    public CalendarDay remove(LocalDate date) {
        CalendarDay day = store.on(date).orElseThrow(() -> new RuleViolation("cases.calendar.date.not-found", date));
        store.delete(date);
        audit.record(AuditEvent.of("cases.calendar.remove", "calendar_day", date, null, day.kind() + " " + day.name()));
        changed();
        return day;
    }

    /**
     * Replaces the entries of one year with those of the text. If any line is bad, the result lists them all and
     * nothing is changed.
     */
    @Transactional
    public ImportResult importYear(int year, String text) {
        checkYear(year);
        CalendarText.Parsed parsed = CalendarText.parse(year, text);
        if (!parsed.bad().isEmpty()) {
            return new ImportResult(year, 0, parsed.bad());
        }
        if (parsed.days().isEmpty()) {
            throw new RuleViolation("cases.calendar.import.empty");
        }
        int removed = store.deleteYear(year);
        store.insertAll(parsed.days(), actor(), OffsetDateTime.now(clock));
        long holidays = parsed.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        audit.record(AuditEvent.of("cases.calendar.import", "calendar_year", year, null, "replaced " + removed
                + " entries with " + holidays + " holidays and " + (parsed.days().size() - holidays) + " make-up workdays"));
        changed();
        return new ImportResult(year, parsed.days().size(), List.of());
    }

    static LocalDate parseDate(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            throw new RuleViolation("cases.calendar.date.invalid", t);
        }
        String[] p = t.split("-");
        try {
            return CalendarText.date(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), t);
        } catch (NumberFormatException e) {
            throw new RuleViolation("cases.calendar.date.invalid", t);
        }
    }

    private static DayKind parseKind(String text) {
        try {
            return DayKind.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("cases.calendar.kind.invalid");
        }
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new RuleViolation("cases.calendar.year.range", MIN_YEAR, MAX_YEAR);
        }
    }

    private String actor() {
        StaffPrincipal p = scope.staff();
        return p.displayName();
    }

    private void changed() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.invalidate();
            }
        });
    }
}
