package org.zhengwu.cases.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwu.cases.CalendarDay;
import org.zhengwu.cases.DayKind;
import org.zhengwu.platform.RuleViolation;

/**
 * The import format of one year: a line {@code 2026-10-01 休 国庆节} or {@code 2026-09-27 班 国庆节调休}; blank lines
 * and lines starting with {@code #} are passed over. Also the checks shared with a single addition.
 */
final class CalendarText {

    static final int MAX_NAME = 50;
    static final int MAX_LINES = 400;
    private static final Pattern LINE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s+(\\S+)\\s+(.+)");

    record Parsed(List<CalendarDay> days, List<CalendarAdministration.BadLine> bad) {
    }

    private CalendarText() {
    }

    static Parsed parse(int year, String text) {
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        if (lines.length > MAX_LINES) {
            throw new RuleViolation("cases.calendar.import.too-many-lines", MAX_LINES);
        }
        List<CalendarDay> days = new ArrayList<>();
        List<CalendarAdministration.BadLine> bad = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    throw new RuleViolation("cases.calendar.line.format");
                }
                LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(1) + "-" + m.group(2) + "-" + m.group(3));
                if (date.getYear() != year) {
                    throw new RuleViolation("cases.calendar.line.other-year", date, year);
                }
                DayKind kind = switch (m.group(4)) {
                    case "休" -> DayKind.HOLIDAY;
                    case "班" -> DayKind.MAKEUP_WORKDAY;
                    default -> throw new RuleViolation("cases.calendar.line.kind", m.group(4));
                };
                CalendarDay day = check(date, kind, m.group(5));
                if (!seen.add(date)) {
                    throw new RuleViolation("cases.calendar.date.duplicate", date);
                }
                days.add(day);
            } catch (RuleViolation e) {
                bad.add(new CalendarAdministration.BadLine(i + 1, line, e.key(), e.args()));
            }
        }
        return new Parsed(days, bad);
    }

    /** A date from its parts, or the message that it does not exist (2026-02-30). */
    static LocalDate date(int year, int month, int day, String text) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new RuleViolation("cases.calendar.date.invalid", text);
        }
    }

    /** The rules of one entry apart from duplicates: a name, and a make-up workday only on a weekend. */
    static CalendarDay check(LocalDate date, DayKind kind, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new RuleViolation("cases.calendar.name.empty");
        }
        if (n.length() > MAX_NAME) {
            throw new RuleViolation("cases.calendar.name.too-long", MAX_NAME);
        }
        if (kind == DayKind.MAKEUP_WORKDAY && !weekend(date)) {
            throw new RuleViolation("cases.calendar.makeup.not-weekend", date);
        }
        return new CalendarDay(date, kind, n);
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek().getValue() >= 6;
    }
}
