package org.zhengwu.cases.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.internal.CaseTypes;
import org.zhengwu.cases.internal.LedgerFilter;
import org.zhengwu.platform.RuleViolation;

/** The ledger's filter form as typed, kept as text so that a bad value is shown back with its message. */
public record LedgerQuery(String type, String unit, String state, String from, String to, String overdue) {

    public LedgerQuery {
        type = clean(type);
        unit = clean(unit);
        state = clean(state);
        from = clean(from);
        to = clean(to);
        overdue = clean(overdue);
    }

    public boolean overdueOnly() {
        return "yes".equals(overdue);
    }

    LedgerFilter toFilter(CaseTypes types) {
        CaseType t = null;
        if (!type.isEmpty()) {
            t = types.find(type).orElseThrow(() -> new RuleViolation("cases.ledger.type.unknown", type));
        }
        Long unitId;
        try {
            unitId = unit.isEmpty() ? null : Long.valueOf(unit);
        } catch (NumberFormatException e) {
            throw new RuleViolation("cases.ledger.unit.invalid");
        }
        if (!state.isEmpty() && (t == null ? types.all().stream().noneMatch(x -> x.flow().knows(state))
                : !t.flow().knows(state))) {
            throw new RuleViolation("cases.ledger.state.unknown", state);
        }
        LocalDate start = date(from, "cases.ledger.from.invalid");
        LocalDate end = date(to, "cases.ledger.to.invalid");
        if (start != null && end != null && end.isBefore(start)) {
            throw new RuleViolation("cases.ledger.to.before-from");
        }
        return new LedgerFilter(t == null ? null : t.code(), unitId, state.isEmpty() ? null : state, start, end,
                overdueOnly());
    }

    /** The link to this query's page {@code page} (none: the first), or to its export ({@code path}). */
    public String link(String path, Integer page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        String[] names = {"type", "unit", "state", "from", "to", "overdue"};
        String[] values = {type, unit, state, from, to, overdue};
        for (int i = 0; i < names.length; i++) {
            b.queryParam(names[i], values[i]);
        }
        return (page == null ? b : b.queryParam("page", page)).encode().toUriString();
    }

    /** A day as typed (yyyy-MM-dd), none when empty, or the message under {@code key}. */
    private static LocalDate date(String text, String key) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(key, text);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
