package org.zhengwu.audit.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengwu.audit.AuditFilter;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.platform.RuleViolation;

/** The audit page's filter form as typed, kept as text so a bad date is shown back with a message. */
public record AuditQuery(String from, String to, String actor, String action, String unit, String outcome) {

    public AuditQuery {
        from = from == null ? "" : from.trim();
        to = to == null ? "" : to.trim();
        actor = actor == null ? "" : actor.trim();
        action = action == null ? "" : action.trim();
        unit = unit == null ? "" : unit.trim();
        outcome = outcome == null ? "" : outcome.trim();
    }

    AuditFilter toFilter() {
        LocalDate start = date(from, "audit.filter.from");
        LocalDate end = date(to, "audit.filter.to");
        if (start != null && end != null && end.isBefore(start)) {
            throw new RuleViolation("audit.filter.range");
        }
        Long unitId;
        try {
            unitId = unit.isEmpty() ? null : Long.valueOf(unit);
        } catch (NumberFormatException e) {
            throw new RuleViolation("audit.filter.unit");
        }
        AuditRecord.Outcome o;
        try {
            o = outcome.isEmpty() ? null : AuditRecord.Outcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("audit.filter.outcome");
        }
        return new AuditFilter(start, end, actor, action, unitId, o);
    }

    /** The link to this query's page {@code page}, or to its export ({@code path}). */
    String link(String path, Integer page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path).queryParam("from", from).queryParam("to", to)
                .queryParam("actor", actor).queryParam("action", action).queryParam("unit", unit)
                .queryParam("outcome", outcome);
        if (page != null) {
            b.queryParam("page", page);
        }
        return b.encode().toUriString();
    }

    private static LocalDate date(String text, String key) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(key, text);
        }
    }
}
